/**
 * Cache keys for incremental builds: a page is rendered again only when its key changes, so each key covers
 * everything the page shows — the item itself and the labels of every article, actor, quote and statement it
 * refers to. Pages that list the whole digest (home, indexes, feeds of all stories) have no key and are
 * always rendered.
 *
 * Keys are cheap at scale: every quote, statement, article label and actor label is hashed once per build
 * (memoised per site data), and a page's key hashes the short digests of what it refers to.
 */
import type { DigestActor, DigestArticle, Story } from '../engine/digest/schema.ts';
import { hashText } from '../engine/hash-text.ts';
import type { SiteData } from './site-data.ts';
import { actorHasPage } from './views/actor-has-page.ts';
import { actorToRole } from './views/actor-role.ts';

type Data = Pick<SiteData, 'articles' | 'actors' | 'quotes' | 'statements' | 'stories' | 'sourceLabels'>;


/** Per-entity digests of one build's data, each computed on first use. */
interface EntityDigests {
  quote: Map<string, string>;
  statement: Map<string, string>;
  article: Map<string, string>;
  actor: Map<string, string>;
  page: Map<string, string>;
}

const digestsByData = new WeakMap<Data, EntityDigests>();

function digestsOf(data: Data): EntityDigests {
  let found = digestsByData.get(data);
  if (!found) {
    found = { quote: new Map(), statement: new Map(), article: new Map(), actor: new Map(), page: new Map() };
    digestsByData.set(data, found);
  }
  return found;
}

function memo(map: Map<string, string>, id: string, compute: () => unknown): string {
  let value = map.get(id);
  if (value === undefined) {
    value = hashText(JSON.stringify(compute() ?? null));
    map.set(id, value);
  }
  return value;
}

const articleLabel = (data: Data, slug: string) => {
  const a = data.articles.get(slug);
  // The label ("Source 2, by …") follows the article's place in its story, which other articles can change.
  return a ? [a.slug, a.displayTitle, a.meta, a.hash, a.story, data.sourceLabels.get(slug)] : [slug];
};
const actorLabel = (data: Data, slug: string) => {
  const a = data.actors.get(slug);
  // Whether the name links to a page, and the role shown beside it, follow quotes and roles from other articles.
  return a ? [a.slug, a.name, a.kind, actorHasPage(a), actorToRole(a)] : [slug];
};

/** Collects the digests of everything a set of quotes and statements refers to, in a stable order. */
function refsOf(data: Data, quoteIds: Iterable<string>, statementIds: Iterable<string>, articleSlugs: Iterable<string>, actorSlugs: Iterable<string>): string {
  const d = digestsOf(data);
  const statementSet = [...new Set(statementIds)].filter((id) => data.statements.has(id)).sort();
  const quoteSet = new Set(quoteIds);
  const articles = new Set(articleSlugs);
  const actors = new Set(actorSlugs);
  for (const id of statementSet) {
    const s = data.statements.get(id)!;
    for (const q of s.quotes) quoteSet.add(q);
    actors.add(s.speaker);
    for (const a of s.articles) articles.add(a);
  }
  const quotes = [...quoteSet].filter((id) => data.quotes.has(id)).sort();
  for (const id of quotes) {
    const q = data.quotes.get(id)!;
    articles.add(q.article);
    if (q.speaker) actors.add(q.speaker);
  }
  return [
    statementSet.map((id) => memo(d.statement, id, () => data.statements.get(id))).join(''),
    quotes.map((id) => memo(d.quote, id, () => data.quotes.get(id))).join(''),
    [...articles].sort().map((slug) => memo(d.article, slug, () => articleLabel(data, slug))).join(''),
    [...actors].sort().map((slug) => memo(d.actor, slug, () => actorLabel(data, slug))).join(''),
  ].join('|');
}

/** Hashes the page's inputs with the site address (canonical links and feeds depend on it). */
function keyOf(site: string, item: unknown, refs: string, extra = ''): string {
  return hashText(`${site}\u0000${JSON.stringify(item)}\u0000${extra}\u0000${refs}`);
}

/**
 * The cache key of an actor's page, statement pages and feed (memoised: they share it).
 *
 * @example
 * actorPageKey(actor, data, 'https://news.example/') // => '9c1e…' (changes when the actor gains a quote)
 */
export function actorPageKey(actor: DigestActor, data: Data, site: string): string {
  const pages = digestsOf(data).page;
  const id = `actor\u0000${site}\u0000${actor.slug}`;
  let key = pages.get(id);
  if (key === undefined) {
    key = keyOf(site, actor, refsOf(data, actor.quotes, actor.statements, actor.articles, [actor.slug]));
    pages.set(id, key);
  }
  return key;
}

/**
 * The cache key of a source article's page.
 *
 * @example
 * sourcePageKey(article, data, 'https://news.example/') // => '41ad…' (changes when its story's headline changes)
 */
export function sourcePageKey(article: DigestArticle, data: Data, site: string): string {
  const story = data.stories.get(article.story);
  const statementIds = article.quotes.flatMap((id) => data.quotes.get(id)?.statement ?? []);
  const related = [...(article.reprints ?? []), ...(article.reprintOf ? [article.reprintOf] : [])];
  const storyLabel = JSON.stringify(story ? [story.slug, story.headline, story.version] : null);
  return keyOf(site, article, refsOf(data, article.quotes, statementIds, related, article.actors), storyLabel);
}

/**
 * The cache key of a story's page.
 *
 * @example
 * storyPageKey(story, data, 'https://news.example/') // => '7b02…' (changes when a source is added)
 */
export function storyPageKey(story: Story, data: Data, site: string): string {
  return keyOf(site, story, refsOf(data, story.quotes, story.statements, story.articles, story.actors));
}
