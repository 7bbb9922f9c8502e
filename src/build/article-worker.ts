/**
 * Worker thread of {@link analyseArticleFiles}: reads and analyses the files it is sent, a batch per message.
 * Loaded by Node itself (type stripping), not by Vite, so it imports only the engine and Node modules.
 */
import { parentPort } from 'node:worker_threads';
import { readArticleFile } from './read-article-file.ts';

parentPort?.on('message', async ({ first, paths }: { first: number; paths: string[] }) => {
  const results = [];
  for (const path of paths) results.push(await readArticleFile(path));
  parentPort?.postMessage({ first, results });
});
