/**
 * A verb of saying in a relative clause without "that", right after the quoted phrase it qualifies ("the “bonfire of
 * red tape” the party had promised, …"): the clause names who said that earlier phrase, not who speaks the quote after
 * it; when another verb of saying opens the sentence, that verb's subject speaks.
 */
import type { Token } from '../../actors/index.ts';

/**
 * True when the verb at `k` has no object (a comma right after it, not the one introducing the quote after `to`) and
 * its subject, starting at `subjectFirst`, follows straight on from a quoted phrase (past a capitalised modifier or
 * "the"), so that the clause qualifies that phrase.
 *
 * @example
 * // 'Jo Bell said instead of the “cuts” the council had promised, there were “rises”', `k` the token "promised"
 * qualifiesQuotedPhrase(tokens, 11, 8, 17) // => true
 */
export function qualifiesQuotedPhrase(tokens: readonly Token[], k: number, subjectFirst: number, to: number): boolean {
  // "The mayor said, “…”": a comma right before the quote introduces it; the verb is the quote's own.
  if (tokens[k + 1]?.text !== ',' || k + 1 >= to) return false;
  // "the “cuts” New Labour had promised", "the “cuts” the council had promised": a capitalised modifier or an article
  // may stand between the quoted phrase and the mention.
  let m = subjectFirst - 1;
  while (m >= subjectFirst - 2 && tokens[m]?.word && tokens[m]!.quote < 0 && (tokens[m]!.cap || tokens[m]!.lower === 'the')) m--;
  const before = tokens[m];
  if (before === undefined || before.word || before.quote < 0) return false;
  // "… answered, “No.” The mayor said, …": a quoted sentence before is no phrase the clause qualifies.
  return !/[.?!]/.test(tokens[m - 1]?.text ?? '');
}
