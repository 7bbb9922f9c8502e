/**
 * The one side channel of a build: hands data between the copies of the project's modules in one process.
 * - the analysed articles and the problems of the content files, from the content loaders to the pages;
 * - the pages' site data, to the actor-feeds integration that writes the feeds from it.
 *
 * Why the analyses are not in the content store: Astro loads the content config, the pages' bundle and the
 * integrations each with their own copy of every module, all in the build process, and it serialises the whole
 * store with devalue (to disk, and into the pages' bundle). With each article's analysis as its entry's data (tried
 * on 6 Dec 2026, `npm run bench -- --n 5000`, one run each on the shared 2-core machine), the build's peak memory
 * rose from 1,172 MB to 1,406 MB and the rebuild after one added article from 24.5 s to 27.1 s, although the
 * machine was quieter during that run (the engine's one-core time was 6.0 s against 8.6 s); the clean build
 * (47.5 s against 54.8 s) was within that noise. So the store holds one digest per article (what Astro's change
 * tracking needs) and the analyses travel here, in a registry on `globalThis` under a `Symbol.for` key, which
 * every copy of this module shares. See docs/performance.md.
 */
import type { AnalysedArticle, FileProblem } from '../engine/schema.ts';
import type { SiteData } from '../site/site-data.ts';

/** Gets the site data of this build. */
export type SiteDataSource = () => Promise<SiteData>;

/** The content folders whose loaders report problems. */
export type ContentSource = 'articles' | 'actors';

interface Registry {
  /** Counts the times the content was published: in `astro dev` it changes with every edit of a content file. */
  generation?: number;
  analysesListeners?: ((analyses: ReadonlyMap<string, AnalysedArticle>) => void)[];
  analyses?: ReadonlyMap<string, AnalysedArticle>;
  analysesWaiters?: ((analyses: ReadonlyMap<string, AnalysedArticle>) => void)[];
  problems?: Partial<Record<ContentSource, readonly FileProblem[]>>;
  siteData?: SiteDataSource;
  siteDataListeners: ((get: SiteDataSource) => void)[];
}

const KEY = Symbol.for('news-digest.build-handoff');
const holder = globalThis as typeof globalThis & { [KEY]?: Registry };

function registry(): Registry {
  holder[KEY] ??= { siteDataListeners: [] };
  return holder[KEY];
}

/**
 * Called by the content loader: the analysis of every published article, by entry id.
 *
 * @example
 * publishAnalyses(new Map([['macron-troops.md', article]]));
 */
export function publishAnalyses(byEntry: ReadonlyMap<string, AnalysedArticle>): void {
  const found = registry();
  found.analyses = byEntry;
  found.generation = (found.generation ?? 0) + 1;
  for (const waiter of found.analysesWaiters?.splice(0) ?? []) waiter(byEntry);
  for (const listener of found.analysesListeners ?? []) listener(byEntry);
}

/**
 * Calls `listener` each time the articles loader publishes analyses from now on: in `astro dev`, after each
 * edit of the articles folder, so that the actors loader checks the actor files again.
 *
 * @example
 * onAnalysesPublished(() => void reloadActors());
 */
export function onAnalysesPublished(listener: (analyses: ReadonlyMap<string, AnalysedArticle>) => void): void {
  (registry().analysesListeners ??= []).push(listener);
}

/**
 * A number that changes whenever analyses or actor files are published: what the memoised site data is
 * computed from. In a build it is settled before the first page renders.
 *
 * @example
 * contentGeneration() // => 2 (articles, then actor files)
 */
export function contentGeneration(): number {
  return registry().generation ?? 0;
}

/**
 * Called by the content loader as it starts: the analyses of an earlier load (in `astro dev`) are no longer
 * this load's, so {@link whenAnalyses} waits for the new ones.
 *
 * @example
 * forgetAnalyses();
 */
export function forgetAnalyses(): void {
  delete registry().analyses;
}

/**
 * The analyses of this load, as soon as the articles loader publishes them (at once if it already has). The
 * actors loader waits for them: a name an actor file gives is checked against the names of the articles.
 * Astro runs the loaders of one sync together, so the articles loader is running when this is called.
 *
 * @example
 * (await whenAnalyses()).size // => 5
 */
export function whenAnalyses(): Promise<ReadonlyMap<string, AnalysedArticle>> {
  const found = registry();
  if (found.analyses) return Promise.resolve(found.analyses);
  return new Promise((resolve) => (found.analysesWaiters ??= []).push(resolve));
}

/**
 * The analyses the content loader published in this process.
 *
 * @throws When the content loader did not run in this process (nothing to build the digest from).
 * @example
 * takeAnalyses().get('macron-troops.md')?.analysis.quotes.length // => 12
 */
export function takeAnalyses(): ReadonlyMap<string, AnalysedArticle> {
  const found = registry().analyses;
  if (!found) throw new Error('No analysed articles: the articles collection was not loaded in this process (run `astro build` or `astro dev`).');
  return found;
}

/**
 * Called by a content loader: the problems of its files that the digest must still report (replacing those
 * of an earlier load), so that one report lists the problems of every content folder.
 *
 * @example
 * publishContentProblems('actors', [{ file: 'content/actors/poland.md', line: 1, severity: 'error', … }]);
 */
export function publishContentProblems(source: ContentSource, problems: readonly FileProblem[]): void {
  const found = registry();
  found.problems = { ...found.problems, [source]: problems };
  if (source === 'actors') found.generation = (found.generation ?? 0) + 1;
}

/**
 * The problems the content loaders published in this process, by folder.
 *
 * @example
 * takeContentProblems().actors?.length // => 1
 */
export function takeContentProblems(): Partial<Record<ContentSource, readonly FileProblem[]>> {
  return registry().problems ?? {};
}

/**
 * Called by the build state as its module loads: how to get this build's site data (memoised, so asking again
 * costs nothing). Tells whoever is waiting at once.
 *
 * @example
 * offerSiteData(getSiteData);
 */
export function offerSiteData(get: SiteDataSource): void {
  const found = registry();
  found.siteData = get;
  for (const listener of found.siteDataListeners.splice(0)) listener(get);
}

/**
 * The site data of this build, as soon as the pages' code can compute it: what the actor-feeds integration
 * writes the feeds from.
 *
 * @example
 * const data = await askSiteData();
 */
export function askSiteData(): Promise<SiteData> {
  const found = registry();
  if (found.siteData) return found.siteData();
  return new Promise<SiteDataSource>((resolve) => found.siteDataListeners.push(resolve)).then((get) => get());
}

/**
 * Whether the pages' code offered its site data in this build.
 *
 * @example
 * siteDataOffered() // => true once a page has been loaded
 */
export function siteDataOffered(): boolean {
  return registry().siteData !== undefined;
}

/**
 * Forgets the site data of an earlier build in this process (the analyses of this build stay).
 *
 * @example
 * forgetSiteData(); // at the start of a build
 */
export function forgetSiteData(): void {
  const found = registry();
  delete found.siteData;
  found.siteDataListeners = [];
}
