/**
 * "In a call last week, Acme chief Ann Roe “shared that we are ready”": a quoted predicate in lower case right after
 * the person who opens the main clause, when a phrase closed by a comma ("In a call with …,", "On Monday,",
 * "Asked about it,") comes first. The same reading as `name-then-quoted-predicate`, past the opening phrase that
 * `clauseStart` finds; a name inside that phrase is no rival, since it is not the subject of the clause.
 */
import { HONORIFICS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from '../../actors/load-lexicons.ts';
import { clauseStart } from '../resolve/clause-start.ts';
import type { CueSite, Found } from './cue-context.ts';

/**
 * The person right before a lower-case quote that opens the predicate of a main clause after an opening phrase.
 *
 * @param s The cue site of the quote.
 * @returns The person as the subject, or undefined when no opening phrase comes first, the phrase holds a quote,
 *   or anything but capitalised or title words stands between the phrase and the person.
 * @example
 * // On Monday, Mayor Ann Lowe “vowed to fight on” in court.
 * quotedPredicateAfterOpener(site) // => { subject: { type: 'mention', mention: ‹Ann Lowe› } }
 */
export function quotedPredicateAfterOpener(s: CueSite): Found | undefined {
  if (!/^\p{Ll}/u.test(s.text) || s.before?.verb !== undefined) return undefined;
  const { paragraph, sentenceStart } = s.context;
  const { tokens } = paragraph;
  const start = clauseStart(paragraph, s.sentence);
  if (start <= sentenceStart || start >= s.openToken || tokens[start - 1]?.text !== ',') return undefined;
  for (let k = sentenceStart; k < start; k++) if (tokens[k]!.quote >= 0) return undefined;
  const person = s.context.mentions.endAt.get(s.openToken - 1);
  if (!person || person.kind !== 'person' || person.inQuote || person.first < start) return undefined;
  for (let k = person.first - 1; k >= start; k--) {
    const t = tokens[k]!;
    if (!t.word || !(t.cap || HONORIFICS.has(t.lower) || TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower))) return undefined;
  }
  return { subject: { type: 'mention', mention: person } };
}
