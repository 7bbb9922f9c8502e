/**
 * Follows a content folder in `astro dev`: the content loaders sync again when one of its files is added, changed
 * or deleted, so that the pages follow the folder without a restart.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

/**
 * Calls `sync` after each change of a file under `base` that `astro dev` reports, one run at a time; a run that
 * fails is logged and the server goes on.
 *
 * @param context The loader's context; its `watcher` is used.
 * @param base The folder, relative to the project root.
 * @param sync What to run.
 * @example
 * followFolder(context, 'content/actors', () => syncActors(context, options));
 */
export function followFolder(context: LoaderContext, base: string, sync: () => Promise<void>): void {
  const folder = resolve(fileURLToPath(context.config.root), base);
  context.watcher!.add(folder);
  let queue = Promise.resolve();
  const onEvent = (path: string) => {
    const inside = relative(folder, path);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return;
    queue = queue.then(sync).then(
      () => context.logger.info(`reloaded after a change to ${inside}`),
      (error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)),
    );
  };
  for (const event of ['add', 'change', 'unlink'] as const) context.watcher!.on(event, onEvent);
}

