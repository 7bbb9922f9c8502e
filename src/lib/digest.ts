/**
 * The site's view data, computed once per build from the content collections and shared by every page.
 */
import { getCollection } from 'astro:content';
import { buildDigest } from '../engine/digest/index.ts';
import type { Digest, DigestActor, DigestArticle, DigestQuote, Statement, Story, ActorOverride } from '../engine/digest/schema.ts';
import { isNewsOutlet } from './actor-has-page.ts';
import { actorFeedFiles } from './actor-feed.ts';
import { contentGeneration, publishFeedFiles, takeAnalyses } from './build-handoff.ts';
import { digestToSourceLabels, type SourceLabel } from './source-label.ts';

/** The digest with lookups by id. */
export interface SiteData {
  digest: Digest;
  articles: Map<string, DigestArticle>;
  /** Actors that have a page, by slug. */
  actors: Map<string, DigestActor>;
  /** News outlets the articles cite, by slug: named on source pages, with no page of their own. */
  outlets: Map<string, DigestActor>;
  quotes: Map<string, DigestQuote>;
  statements: Map<string, Statement>;
  stories: Map<string, Story>;
  /** Each source's label (its outlet, else "Source N, by …"), by article slug. */
  sourceLabels: Map<string, SourceLabel>;
}

let cached: Promise<SiteData> | undefined;
let cachedGeneration = -1;

/**
 * The digest of all content, memoised: computed on the first call of the build, reused by every page after it
 * (in `astro dev`, computed again after the content folder changed).
 *
 * @example
 * const { actors } = await getSiteData();
 * actors.get('emmanuel-macron')?.quotes.length // => 12
 */
export function getSiteData(): Promise<SiteData> {
  if (!cached || cachedGeneration !== contentGeneration()) {
    cachedGeneration = contentGeneration();
    cached = loadSiteData();
  }
  return cached;
}

async function loadSiteData(): Promise<SiteData> {
  const [articleEntries, actorEntries] = await Promise.all([getCollection('articles'), getCollection('actors')]);
  // Checked by the actors loader, which also gave the verdict on the content: a strict build with errors stops there.
  const overrides: ActorOverride[] = actorEntries.map((entry) => ({ ...entry.data, slug: entry.id }));
  const analyses = takeAnalyses();
  const started = performance.now();
  const digest = buildDigest(
    articleEntries.map((entry) => {
      const article = analyses.get(entry.id);
      if (!article) throw new Error(`No analysis for the article ${entry.id}: rebuild with a clean cache (delete node_modules/.astro).`);
      return article;
    }),
    overrides,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.info(
    `[news-digest] digest: ${digest.articles.length} articles, ${digest.stories.length} stories, ${digest.actors.length} actors, ` +
      `${digest.quotes.length} quotes, ${digest.statements.length} statements (${seconds} s)`,
  );
  const data: SiteData = {
    digest,
    articles: new Map(digest.articles.map((a) => [a.slug, a])),
    // Pages link actors through this map: outlets, which have no page, are not in it.
    actors: new Map(digest.actors.filter((a) => !isNewsOutlet(a)).map((a) => [a.slug, a])),
    outlets: new Map(digest.actors.filter(isNewsOutlet).map((a) => [a.slug, a])),
    quotes: new Map(digest.quotes.map((q) => [q.id, q])),
    statements: new Map(digest.statements.map((s) => [s.id, s])),
    stories: new Map(digest.stories.map((s) => [s.slug, s])),
    sourceLabels: digestToSourceLabels(digest),
  };
  publishFeedFiles((site) => actorFeedFiles(data, site));
  return data;
}
