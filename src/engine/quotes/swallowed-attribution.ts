/**
 * A quotation whose span swallowed its own attribution: marks nested the wrong way round ("‘Moving on, ‘Made here,’
 * said NAME. ‘…’") make one span run past a closing mark, a verb of saying and the speaker's name. Its own cue
 * is lost inside it, so a sieve would hand it the speaker of the quote before; who speaks is left unclear instead.
 */
import type { TokenizedParagraph } from '../actors/index.ts';
import { SPEECH_VERBS } from '../actors/load-lexicons.ts';

/** Closing quotation marks (single and double, curly and straight). */
const CLOSING_MARKS = /^[’”'"]$/u;

/**
 * True when, inside the quotation's marks, a comma, "?" or "!" and a closing mark are followed by a verb of saying.
 *
 * @param paragraph The quotation's paragraph.
 * @param openToken The quotation's opening mark.
 * @param closeToken The quotation's closing mark.
 * @example
 * // ‘Moving on, ‘Made here,’ said Ali Zaidi. ‘…’
 * swallowsItsAttribution(paragraph, 0, 12) // => true
 */
export function swallowsItsAttribution(paragraph: TokenizedParagraph, openToken: number, closeToken: number): boolean {
  const { tokens } = paragraph;
  for (let k = openToken + 2; k < closeToken - 1; k++) {
    if (!CLOSING_MARKS.test(tokens[k]!.text) || ![',', '?', '!'].includes(tokens[k - 1]!.text)) continue;
    const next = tokens[k + 1]!;
    if (next.word && !next.cap && SPEECH_VERBS.has(next.lower)) return true;
  }
  return false;
}
