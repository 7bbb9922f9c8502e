/**
 * Hands data between the copies of the project's modules in one build: the analysed articles and the
 * problems of the content files from the content loaders to the pages, and the actor feeds from the pages
 * to the integration that writes them.
 * Astro loads the content config, the pages' bundle and the integrations each with their own copy of every
 * module, all in the build process; a registry on `globalThis` under a `Symbol.for` key is what they share.
 */
import type { AnalysedArticle, FileProblem } from '../engine/schema.ts';
import type { FeedFile } from './actor-feed.ts';

/** Lists the feed files for a site address. */
export type FeedFileSource = (site: URL) => FeedFile[];

/** The content folders whose loaders report problems. */
export type ContentSource = 'articles' | 'actors';

interface Registry {
  /** Counts the times the content was published: in `astro dev` it changes with every edit of a content file. */
  generation?: number;
  analysesListeners?: ((analyses: ReadonlyMap<string, AnalysedArticle>) => void)[];
  analyses?: ReadonlyMap<string, AnalysedArticle>;
  analysesWaiters?: ((analyses: ReadonlyMap<string, AnalysedArticle>) => void)[];
  problems?: Partial<Record<ContentSource, readonly FileProblem[]>>;
  source?: FeedFileSource;
  listeners: ((source: FeedFileSource) => void)[];
}

const KEY = Symbol.for('news-digest.build-handoff');
const holder = globalThis as typeof globalThis & { [KEY]?: Registry };

function registry(): Registry {
  holder[KEY] ??= { listeners: [] };
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
 * Called once the digest is computed: makes its feed files available to the integration, and tells it at once.
 *
 * @example
 * publishFeedFiles((site) => actorFeedFiles(data, site));
 */
export function publishFeedFiles(source: FeedFileSource): void {
  const found = registry();
  found.source = source;
  for (const listener of found.listeners.splice(0)) listener(source);
}

/**
 * Calls `listener` with the feed files as soon as the digest is computed (at once if it already is).
 *
 * @example
 * whenFeedFiles((source) => startWriting(source(new URL('https://news-digest.example/'))));
 */
export function whenFeedFiles(listener: (source: FeedFileSource) => void): void {
  const found = registry();
  if (found.source) listener(found.source);
  else found.listeners.push(listener);
}

/**
 * Whether the digest has published its feed files in this build.
 *
 * @example
 * feedFilesPublished() // => true once a page has computed the digest
 */
export function feedFilesPublished(): boolean {
  return registry().source !== undefined;
}

/**
 * Forgets the feed files of an earlier build in this process (the analyses of this build stay).
 *
 * @example
 * forgetFeedFiles(); // at the start of a build
 */
export function forgetFeedFiles(): void {
  const found = registry();
  delete found.source;
  found.listeners = [];
}
