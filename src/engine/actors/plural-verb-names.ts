/**
 * A one-word name outside quotes that a plural form of "be" or "have" follows right after ("Dunmore have sacked their
 * coach", "Coldplay are touring"): in British news a body, band or team of several people takes a plural verb, a
 * person never does, so the word is an organisation's name wherever the article writes it.
 */
import type { Token } from './01-tokenize-text.ts';
import pluralVerbsJson from '../lexicons/plural-verbs-after-name.json' with { type: 'json' };
import determinersJson from '../lexicons/determiners.json' with { type: 'json' };

const PLURAL_VERBS: ReadonlySet<string> = new Set(pluralVerbsJson.verbs);
/** Words earlier in the sentence that join the name to another ("Ann and Tom have"): the verb is the pair's. */
const JOINERS: ReadonlySet<string> = new Set(pluralVerbsJson.joiners);
/** Words right before the name that make it an object ("the plans drawn up by Tom were"). */
const OBJECT_MARKERS: ReadonlySet<string> = new Set(pluralVerbsJson.objectMarkers);
/** Words right before the name that make the verb after it part of a question or a conditional ("would Tom have", "if Tom were"). */
const INVERTING_WORDS: ReadonlySet<string> = new Set(pluralVerbsJson.invertingWords);
/** Articles: "the passengers on the Aurora have": a name after one is a thing's (a ship's), inside its own phrase. */
const ARTICLES: ReadonlySet<string> = new Set(determinersJson.articles);

/**
 * Whether the one-word name at `k` is the subject of a plural verb right after it, outside quotes, with no word that
 * joins it to another subject earlier in its sentence and no word before it that makes it an object, inverts the verb or
 * determines the name.
 *
 * @param tokens The paragraph's tokens.
 * @param k The name's token.
 * @example
 * // "Dunmore have sacked their coach." → true; "Ann and Tom have left." → false (for "Tom")
 * takesPluralVerb(tokens, 0)
 */
export function takesPluralVerb(tokens: readonly Token[], k: number): boolean {
  const name = tokens[k];
  const after = tokens[k + 1];
  if (name === undefined || after === undefined || name.quote >= 0 || after.quote >= 0 || !PLURAL_VERBS.has(after.lower)) return false;
  // "Smiths", "Democrats": a word that may itself be a plural says nothing by its verb.
  if (/s$/i.test(name.text)) return false;
  const before = tokens[k - 1];
  if (before !== undefined && (OBJECT_MARKERS.has(before.lower) || INVERTING_WORDS.has(before.lower) || ARTICLES.has(before.lower))) return false;
  for (let m = k - 1; m >= 0 && tokens[m]!.sentence === name.sentence; m--) if (JOINERS.has(tokens[m]!.lower)) return false;
  return true;
}
