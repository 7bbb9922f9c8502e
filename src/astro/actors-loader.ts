/**
 * The Astro content loader for `content/actors/`: reads the actor files through the reader of every content
 * file (`read-actor-folder.ts`: no links, no special files, a size limit), waits for the articles loader's
 * analyses, and checks the files with the engine's `readActorFiles`, as `digest check` does. Astro never
 * parses an actor file itself: the store gets each applied file's checked fields.
 *
 * This is where the build gives its verdict on the content (`contentToReport`): a strict build stops here
 * with one report naming every bad article and actor file, before any page is built; a lenient one lists
 * the actor fields it left out as warnings.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readActorFiles } from '../engine/actor-files/index.ts';
import { actorOverrideSchema } from '../engine/digest/schema.ts';
import { onAnalysesPublished, publishContentProblems, takeContentProblems, whenAnalyses } from './build-handoff.ts';
import { contentToReport } from '../build/content-report.ts';
import { followFolder } from './follow-folder.ts';
import { readActorFolder } from '../build/read-actor-folder.ts';

/** One applied actor file in the content store, keyed by its slug: the fields that passed every check. */
export const actorEntrySchema = actorOverrideSchema.omit({ slug: true });

/** Options for {@link actorsLoader}. */
export interface ActorsLoaderOptions {
  /** Folder of actor files, relative to the project root. */
  base: string;
  /** `fail` (default) stops the build on any error in an article or actor file; `skip` applies what is valid. */
  onError?: 'fail' | 'skip';
}

/**
 * Creates the actors loader.
 *
 * @example
 * defineCollection({ loader: actorsLoader({ base: 'content/actors' }) })
 */
export function actorsLoader(options: ActorsLoaderOptions): Loader {
  let watching = false;
  return {
    name: 'news-digest-actors',
    schema: actorEntrySchema,
    async load(context) {
      await syncActors(context, options);
      // In `astro dev`: checked again when an actor file changes, and when the articles they are checked against do.
      if (!context.watcher || watching) return;
      watching = true;
      const sync = () => syncActors(context, options);
      followFolder(context, options.base, sync);
      onAnalysesPublished(() => {
        sync().catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}

/** One pass over the actor files: checks them against the analysed articles, fills the store, gives the verdict. */
async function syncActors({ store, logger }: LoaderContext, options: ActorsLoaderOptions): Promise<void> {
  const onError = options.onError ?? (process.env.DIGEST_ON_ERROR === 'skip' ? 'skip' : 'fail');
  const folder = await readActorFolder(options.base);
  const articles = await whenAnalyses();
  const { overrides, problems } = readActorFiles(folder.files, [...articles.values()]);
  const actorProblems = [...folder.problems, ...problems];
  const slugs = new Set(overrides.map((o) => o.slug));
  for (const id of store.keys()) if (!slugs.has(id)) store.delete(id);
  for (const { slug, ...data } of overrides) store.set({ id: slug, data });
  // Published once the store holds the overrides: the site data is computed again when this changes.
  publishContentProblems('actors', actorProblems);
  const report = contentToReport({ articles: takeContentProblems().articles ?? [], actors: actorProblems }, onError);
  for (const warning of report.warnings) logger.warn(warning);
  if (report.error) throw new Error(report.error);
}
