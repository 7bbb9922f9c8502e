/**
 * Reads the actor files of a content folder under the policy of every content file (`list-content-files.ts`)
 * and decodes them as articles are decoded. Shared by the actors loader and the `check` command, so that both
 * see the same files and refuse the same ones; the engine's `readActorFiles` then reads their fields.
 */
import { decodeText } from '../engine/ingest/01-decode-text.ts';
import type { ActorFileInput } from '../engine/actor-files/index.ts';
import { ACTOR_FILES, listContentFiles, readContentFile, type FileProblem } from './list-content-files.ts';

/**
 * Lists, reads and decodes the actor files of a folder. Never throws for a bad file: links, special files,
 * other kinds, files over 1 MB and binary files come back as problems, and the others as text.
 *
 * @param dir The actors folder, e.g. `content/actors` (a folder that does not exist holds no files).
 * @example
 * await readActorFolder('content/actors')
 * // => { files: [{ file: 'content/actors/petr-fiala.md', id: 'petr-fiala.md', text: '---\nname: Petr Fiala\n…' }], problems: [] }
 */
export async function readActorFolder(dir: string): Promise<{ files: ActorFileInput[]; problems: FileProblem[] }> {
  const listed = await listContentFiles(dir, ACTOR_FILES);
  const problems = [...listed.problems];
  const files: ActorFileInput[] = [];
  for (const [i, file] of listed.files.entries()) {
    const read = readContentFile(file, ACTOR_FILES);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const decoded = decodeText(read.bytes);
    problems.push(...decoded.problems.map((p) => ({ ...p, file })));
    if (decoded.problems.some((p) => p.severity === 'error')) continue;
    files.push({ file, id: listed.ids[i]!, text: decoded.text });
  }
  return { files, problems };
}
