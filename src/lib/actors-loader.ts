/**
 * The Astro content loader for `content/actors/`: reads the actor files through the reader of every content
 * file (`read-actor-folder.ts`: no links, no special files, a size limit) and stores each one's path and text,
 * unparsed. Astro never parses an actor file itself; the digest reads their fields with the engine's
 * `readActorFiles`, against the articles, as `digest check` does.
 */
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { publishContentProblems } from './build-handoff.ts';
import { readActorFolder } from './read-actor-folder.ts';
import { createHash } from 'node:crypto';

/** One actor file in the content store: where it is and its decoded text. */
export const actorEntrySchema = z.object({ file: z.string(), text: z.string() });

/**
 * Creates the actors loader.
 *
 * @param options.base Folder of actor files, relative to the project root.
 * @example
 * defineCollection({ loader: actorsLoader({ base: 'content/actors' }) })
 */
export function actorsLoader(options: { base: string }): Loader {
  return {
    name: 'news-digest-actors',
    schema: actorEntrySchema,
    async load({ store }) {
      const { files, problems } = await readActorFolder(options.base);
      const ids = new Set(files.map((f) => f.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const { file, id, text } of files) {
        store.set({ id, data: { file, text }, digest: createHash('sha1').update(file).update('\u0000').update(text).digest('base64url') });
      }
      publishContentProblems('actors', problems);
    },
  };
}
