/**
 * The site's view data: the digest with lookups by id, the one value every view, feed and export reads.
 * Pure: computing it reads nothing and publishes nothing (the build state in `src/astro/get-site-data.ts`
 * memoises it; the actor-feeds integration derives its feed files from it).
 */
import type { Digest, DigestActor, DigestArticle, DigestQuote, Statement, Story } from '../engine/digest/schema.ts';
import { isNewsOutlet } from './views/actor-has-page.ts';
import { digestToSourceLabels, type SourceLabel } from './views/source-label.ts';

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

/**
 * Indexes a digest for the pages: every lookup they make is a `Map` read.
 *
 * @param digest The digest of all content (`buildDigest`).
 * @example
 * digestToSiteData(buildDigest(analyses, overrides)).actors.get('emmanuel-macron')?.name // => 'Emmanuel Macron'
 */
export function digestToSiteData(digest: Digest): SiteData {
  return {
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
}
