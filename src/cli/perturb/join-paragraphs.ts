/**
 * Rewrite `join-paragraphs` of `npm run perturb`: run-together paragraphs, as texts that lost their line breaks have
 * them (the BBC News Summary texts). Quote texts and who said what stay as they were.
 */

/**
 * A small deterministic hash of a string (FNV-1a), the seed of a rewrite so reruns give the same text.
 *
 * @example
 * hashOf('a.txt') // => 3820973562
 */
export function hashOf(text: string): number {
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
