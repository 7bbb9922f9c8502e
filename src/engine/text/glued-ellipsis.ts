/**
 * "producer of TV show Tonight... With Ann Lee, booked …": outside a quotation, an ellipsis written right after a word
 * and followed by a capital sits inside a title or name, not at the end of the reporter's sentence.
 */

/** A token as the tokenizer gives it: its text and offsets, whether it is a word, and its quotation. */
interface EllipsisToken {
  text: string;
  start: number;
  end: number;
  word: boolean;
  quote: number;
}

/**
 * Whether the full stop or "…" at `i` closes an ellipsis ("...", "…") glued to the word before it, outside quotations.
 *
 * @param tokens The paragraph's tokens.
 * @param i The punctuation token.
 * @example
 * // Tonight... With Ann Lee: the last "." of "..."
 * closesGluedEllipsis(tokens, 3) // => true
 * // Tonight. With Ann Lee
 * closesGluedEllipsis(tokens, 1) // => false
 */
export function closesGluedEllipsis(tokens: readonly EllipsisToken[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.quote !== -1) return false;
  let first = i;
  if (token.text === '.') {
    first = i - 2;
    for (let k = first; k < i; k++) if (tokens[k]?.text !== '.' || tokens[k]!.end !== tokens[k + 1]!.start) return false;
  } else if (token.text !== '…') return false;
  const word = tokens[first - 1];
  return word !== undefined && word.word && word.end === tokens[first]!.start;
}
