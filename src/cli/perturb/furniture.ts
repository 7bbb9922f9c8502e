/**
 * The `furniture` rewrite of `npm run perturb`: the lines a news page puts around and between an article's
 * paragraphs, in several house styles: a dateline before the first paragraph ("WASHINGTON (Reuters) - …",
 * "LONDON, May 3 - …"), a byline under the headline ("By Jane Roe, Political Correspondent"), a "Read more: …" link
 * line and a photo caption ("Pictured: …") between paragraphs. None of them holds a quotation or a speaker, so
 * the article's key scores the rewritten text as it scores the original.
 */
import { hashOf } from './join-paragraphs.ts';

/** Datelines, as wire services and papers open the first paragraph. */
export const DATELINES = ['WASHINGTON (Reuters) - ', 'LONDON, May 3 - ', 'NAIROBI, Kenya (AP) — ', 'BRUSSELS (AFP) - ', 'SYDNEY, March 12 — '];
/** Bylines, as the line under a headline. */
export const BYLINES = ['By Jane Roe, Political Correspondent', 'By Tomasz Wolski and Aiko Tanaka', 'By Priya Nair, BBC News', 'By Marcus Hale in Brussels', 'By Lucia Ferreira | Reuters'];
/** Link lines between paragraphs. */
export const READ_MORE = ['Read more: How the new rules will affect you', 'Read more: Five things we learned this week', 'READ MORE: Who is Helen Marsh?', 'Read more: Timeline of the dispute'];
/** Photo captions between paragraphs. */
export const CAPTIONS = ['Pictured: Daniel Osei, left, and Mira Holm at the opening on Monday', 'Pictured: the site of the planned factory', 'Image caption: Rescue workers at the scene on Tuesday', 'Pictured: Fiona Grant arrives at court'];

/**
 * The article with a byline under its headline, a dateline opening its first paragraph, a link line after its
 * second paragraph and a caption after its fourth (when it has that many), each chosen by the file name.
 * Paragraphs keep their separator (a blank line or a line break); a first paragraph that opens with a dateline
 * already keeps it.
 *
 * @param text The article: headline, then paragraphs.
 * @param fileName The seed.
 * @example
 * addFurniture('Title\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.', 'a.txt').split('\n\n').length // => 9
 */
export function addFurniture(text: string, fileName: string): string {
  const seed = hashOf(fileName);
  const pick = <T>(list: readonly T[], salt: number): T => list[(seed + salt) % list.length]!;
  const lines = text.split('\n');
  const paragraphs = lines.map((l, i) => (l.trim() === '' || i === 0 ? -1 : i)).filter((i) => i > 0);
  // The blocks right after the headline that are not sentences (a date line, a byline) stay in front.
  let first = 0;
  while (first < paragraphs.length - 1 && lines[paragraphs[first]!]!.length < 80 && !/[.!?"”]$/.test(lines[paragraphs[first]!]!.trim())) first++;
  const body = paragraphs.slice(first);
  if (body.length === 0) return text;
  const blank = /\n\s*\n/.test(lines.slice(paragraphs[first]!).join('\n'));
  const insertAfter = new Map<number, string>();
  if (body.length > 3) insertAfter.set(body[1]!, pick(READ_MORE, 1));
  if (body.length > 5) insertAfter.set(body[3]!, pick(CAPTIONS, 2));
  const out: string[] = [];
  lines.forEach((line, i) => {
    const opening = i === body[0] && !/^[\p{Lu} .,]+(?:\([^)]*\))?,?[^.]{0,20} [-—–] /u.test(line);
    out.push(opening ? pick(DATELINES, 0) + line : line);
    if (i === 0) out.push(...(text.includes('\n\n') ? ['', pick(BYLINES, 3)] : [pick(BYLINES, 3)]));
    const extra = insertAfter.get(i);
    if (extra !== undefined) out.push(...(blank ? ['', extra] : [extra]));
  });
  return out.join('\n');
}
