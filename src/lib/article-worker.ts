/**
 * Worker thread of {@link analyseArticleFiles}: reads and analyses the files it is sent, one message each.
 * Loaded by Node itself (type stripping), not by Vite, so it imports only the engine and Node modules.
 */
import { parentPort } from 'node:worker_threads';
import { readArticleFile } from './read-article-file.ts';

parentPort?.on('message', async ({ index, path }: { index: number; path: string }) => {
  parentPort?.postMessage({ index, result: await readArticleFile(path) });
});
