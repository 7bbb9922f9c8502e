/**
 * A seat after its holder: "(the) (PARTY) MP for PLACE (and PLACE)", "the member for Bolton", "candidate for Leeds North".
 * The capitalised words after a word of `seatHolders` and "for", joined by "and", name a constituency: a seat, never a
 * person or a speaker.
 */
import type { Token } from './01-tokenize-text.ts';
import { SEAT_HOLDERS } from './load-lexicons.ts';

/**
 * The index of the last word of the seat that follows the seat holder at `holder` ("MP for Sittingbourne and
 * Sheppey": "Sheppey"); -1 when no seat follows it.
 *
 * @param tokens The tokens of a paragraph.
 * @param holder The index of a word that may be a seat holder ("MP", "member").
 * @example
 * seatEnd(tokenize('the MP for Hartwell and Dunmore said'), 1) // => 5
 * seatEnd(tokenize('the MP for the first time said'), 1) // => -1
 */
export function seatEnd(tokens: readonly Token[], holder: number): number {
  if (!SEAT_HOLDERS.has(tokens[holder]?.lower ?? '') || tokens[holder + 1]?.lower !== 'for') return -1;
  let end = -1;
  for (let k = holder + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.sentence !== tokens[holder]!.sentence) break;
    if (t.word && t.cap) end = k;
    // "Sleaford and North Hykeham": "and" joins two places of one seat only before another capitalised word.
    else if (!(t.lower === 'and' && end === k - 1 && tokens[k + 1]?.word && tokens[k + 1]!.cap)) break;
  }
  return end;
}

/**
 * True when the words `first` to `last` lie inside the seat of a seat holder before them ("Labour MP for West Ham",
 * "the MP for Sittingbourne and Sheppey": "Sheppey").
 *
 * @param tokens The tokens of a paragraph.
 * @param first The first word of a name.
 * @param last The last word of that name.
 * @example
 * inSeat(tokenize('the MP for Hartwell and Dunmore said'), 5, 5) // => true
 * inSeat(tokenize('Dunmore said'), 0, 0) // => false
 */
export function inSeat(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first - 1; k >= 1 && tokens[k]!.sentence === tokens[first]!.sentence; k--) {
    const t = tokens[k]!;
    if (t.lower === 'for') return seatEnd(tokens, k - 1) >= last;
    if (!(t.word && (t.cap || t.lower === 'and'))) return false;
  }
  return false;
}
