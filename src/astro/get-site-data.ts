/**
 * The build state: the site data of this build, computed once from the content collections and shared by every
 * page. Computing it has no side effect; the actor-feeds integration asks for it (`askSiteData` in
 * `build-handoff.ts`) and gets the same memoised value.
 */
import { getCollection } from 'astro:content';
import { buildDigest } from '../engine/digest/index.ts';
import type { ActorOverride } from '../engine/digest/schema.ts';
import { digestToSiteData, type SiteData } from '../site/site-data.ts';
import { contentGeneration, offerSiteData, takeAnalyses } from './build-handoff.ts';

let cached: Promise<SiteData> | undefined;
let cachedGeneration = -1;

/**
 * The site data of all content, memoised: computed on the first call of the build, reused by every page after it
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
  return digestToSiteData(digest);
}

offerSiteData(getSiteData);
