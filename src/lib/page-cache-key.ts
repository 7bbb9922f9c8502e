/**
 * Cache keys for incremental builds: a page is rendered again only when its key changes, so each key covers
 * everything the page shows — the item itself and the labels of every article, actor, quote and statement it
 * refers to. Pages that list the whole digest (home, indexes, feeds of all stories) have no key and are
 * always rendered.
 */
import type { DigestActor, DigestArticle, Story } from '../engine/digest/schema.ts';
import { hashText } from '../engine/hash-text.ts';
import type { SiteData } from './digest.ts';

type Data = Pick<SiteData, 'articles' | 'actors' | 'quotes' | 'statements' | 'stories'>;

const articleLabel = (data: Data, slug: string) => {
  const a = data.articles.get(slug);
  return a ? [a.slug, a.displayTitle, a.meta, a.hash, a.story] : [slug];
};
const actorLabel = (data: Data, slug: string) => {
  const a = data.actors.get(slug);
  return a ? [a.slug, a.name, a.kind] : [slug];
};

/** Hashes the page's inputs with the site address (canonical links and feeds depend on it). */
function keyOf(site: string, parts: unknown): string {
  return hashText(`${site}\u0000${JSON.stringify(parts)}`);
}

/** Collects the labels of everything a set of quotes and statements refers to. */
function refsOf(data: Data, quoteIds: Iterable<string>, statementIds: Iterable<string>, articleSlugs: Iterable<string>, actorSlugs: Iterable<string>) {
  const statements = [...new Set(statementIds)].sort().flatMap((id) => data.statements.get(id) ?? []);
  const quoteSet = new Set(quoteIds);
  for (const s of statements) for (const q of s.quotes) quoteSet.add(q);
  const quotes = [...quoteSet].sort().flatMap((id) => data.quotes.get(id) ?? []);
  const articles = new Set(articleSlugs);
  const actors = new Set(actorSlugs);
  for (const q of quotes) {
    articles.add(q.article);
    if (q.speaker) actors.add(q.speaker);
  }
  for (const s of statements) {
    actors.add(s.speaker);
    for (const a of s.articles) articles.add(a);
  }
  return {
    statements,
    quotes,
    articles: [...articles].sort().map((slug) => articleLabel(data, slug)),
    actors: [...actors].sort().map((slug) => actorLabel(data, slug)),
  };
}

/**
 * The cache key of an actor's page and feed.
 *
 * @example
 * actorPageKey(actor, data, 'https://news.example/') // => '9c1e…' (changes when the actor gains a quote)
 */
export function actorPageKey(actor: DigestActor, data: Data, site: string): string {
  return keyOf(site, { actor, ...refsOf(data, actor.quotes, actor.statements, actor.articles, [actor.slug]) });
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
  return keyOf(site, {
    article,
    story: story ? [story.slug, story.headline, story.version] : null,
    ...refsOf(data, article.quotes, statementIds, related, article.actors),
  });
}

/**
 * The cache key of a story's page.
 *
 * @example
 * storyPageKey(story, data, 'https://news.example/') // => '7b02…' (changes when a source is added)
 */
export function storyPageKey(story: Story, data: Data, site: string): string {
  return keyOf(site, { story, ...refsOf(data, story.quotes, story.statements, story.articles, story.actors) });
}
