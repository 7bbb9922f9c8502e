/**
 * Perturbation check: rewrites keyed article texts in one systematic way that keeps who said what and every
 * quote's text (so the answer keys stay valid), to measure whether the engine gives the same speakers.
 *
 *   node --no-warnings src/cli/perturb-texts.ts join-paragraphs OUT_DIR FILE.txt...
 *
 * writes each FILE under OUT_DIR with the same name. `tests/support/perturb-figures.sh` runs it over every keyed set
 * and prints score.mjs figures before and after.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A small deterministic hash of a string (FNV-1a), the seed of a rewrite so reruns give the same text. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Joins every 2–4 consecutive body paragraphs (lines, blank or not between them) into one line with a space, as the BBC News Summary texts lost their
 * line breaks. The headline block and the short blocks right after it (dates, bylines) stay as they are; the group
 * sizes cycle from a seed, so the rewrite is the same on every run.
 *
 * @param text An article as plain text, paragraphs separated by blank lines.
 * @param seed Chooses the group sizes (2, 3 or 4).
 * @example
 * joinParagraphs('Title\n\nOne.\n\nTwo.\n\nThree.', 0) // => 'Title\n\nOne. Two.\n\nThree.'
 */
export function joinParagraphs(text: string, seed: number): string {
  const blocks = text.replace(/\r\n?/g, '\n').trimEnd().split(/\n\s*/);
  // Front matter stays one block, its lines as they were.
  const matterEnd = blocks[0]?.trim() === '---' ? blocks.findIndex((b, i) => i > 0 && b.trim() === '---') : -1;
  if (matterEnd > 0) blocks.splice(0, matterEnd + 1, blocks.slice(0, matterEnd + 1).join('\n'));
  let head = matterEnd > 0 ? 2 : 1;
  while (head < blocks.length && blocks[head]!.length < 80 && !/[.!?"”]$/.test(blocks[head]!.trim())) head++;
  const out = blocks.slice(0, head);
  let state = seed >>> 0;
  for (let i = head; i < blocks.length; ) {
    const size = 2 + (state % 3);
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(blocks.slice(i, i + size).map((b) => b.trim()).join(' '));
    i += size;
  }
  return out.join('\n\n') + (text.endsWith('\n') ? '\n' : '');
}

/** The rewrites this tool knows, by name. */
export const PERTURBATIONS: Record<string, (text: string, seed: number) => string> = {
  'join-paragraphs': joinParagraphs,
};

if (import.meta.filename === process.argv[1]) {
  const [name, outDir, ...files] = process.argv.slice(2);
  const rewrite = name === undefined ? undefined : PERTURBATIONS[name];
  if (!rewrite || !outDir) {
    console.error(`usage: perturb-texts.ts ${Object.keys(PERTURBATIONS).join('|')} OUT_DIR FILE...`);
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  for (const file of files) writeFileSync(join(outDir, basename(file)), rewrite(readFileSync(file, 'utf8'), hashOf(basename(file))));
}
