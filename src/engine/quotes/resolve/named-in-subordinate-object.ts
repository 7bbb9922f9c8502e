/**
 * A sentence whose people are named only as objects inside a subordinate clause of its predicate ("But the change must
 * not overturn the law set when a court ruled that doctors could stop treating coma patient Tom Vale."): a reader
 * passes over it when a "he" or "she" follows, and takes the subject named before; the people named so deep are talked
 * about, never the ones who speak next.
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { MentionIndex } from '../cue-types.ts';
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };
import { unnamedPersonSubject, verbBefore } from './antecedent-clauses.ts';
import { AUXILIARIES, clauseStart, pronounOpening } from './clause-start.ts';

/** "that", "when", "because": words that open a clause inside the predicate. */
const SUBORDINATORS: ReadonlySet<string> = new Set(clauseOpenersJson.subordinateClause);
/** Punctuation that ends a clause or opens an aside: past it, a name may open a clause of its own. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '-', '–', '—']);
/** "must", "should": modal verbs the auxiliaries leave out. */
const MODALS: ReadonlySet<string> = new Set(verbFormsJson.modals);
const NONE: ReadonlySet<Mention> = new Set();

/**
 * The people (named or unnamed) of a sentence when every one of them is named only after the verb of a subordinate
 * clause that itself follows the main clause's verb ("… the law set when a court ruled that doctors could withdraw
 * feeding from Tom Vale."); none when any of them may be the subject of a clause of the sentence: named before such a
 * verb, followed by a verb, "'s" or ", who", after a verb of saying or a comma inside the clause. None, too, for a sentence with a
 * quotation, one whose subject is a pronoun ("He said …", which the resolver follows) or an unnamed person ("The
 * spokesman said that …", whom a pronoun may continue).
 *
 * @param paragraph The sentence's paragraph.
 * @param mentions Its mentions.
 * @param sentence The sentence's index in the paragraph.
 * @returns The mentions a pronoun after the sentence passes over.
 * @example
 * // The change must not overturn the law set when a court ruled that doctors could stop treating Tom Vale.
 * namedInSubordinateObject(paragraph, mentions, 0) // => Set { the mention of Tom Vale }
 * // Tom Vale said the law was set when a court ruled on it.
 * namedInSubordinateObject(paragraph, mentions, 0) // => Set {}
 */
export function namedInSubordinateObject(paragraph: TokenizedParagraph, mentions: MentionIndex, sentence: number): ReadonlySet<Mention> {
  const { tokens, sentenceStarts } = paragraph;
  const from = sentenceStarts[sentence] ?? 0;
  const to = sentenceStarts[sentence + 1] ?? tokens.length;
  for (let k = from; k < to; k++) if (tokens[k]!.quote >= 0) return NONE;
  const people = mentions.list.filter((m) => m.first >= from && m.first < to && (m.kind === 'person' || m.kind === 'anonymous'));
  if (people.length === 0) return NONE;
  const start = clauseStart(paragraph, sentence);
  if (pronounOpening(paragraph, start) >= 0 || unnamedPersonSubject(paragraph, start, people[0]!.first) >= 0) return NONE;
  return people.every((m) => m.first > start && isSubordinateObject(paragraph, start, m)) ? new Set(people) : NONE;
}

/**
 * True when `m` comes after the verb of a subordinate clause opened after the main clause's verb, with no clause break
 * between the subordinator and `m`, and no verb, "'s" or ", who" right after `m` (which would make it a subject).
 */
function isSubordinateObject(paragraph: TokenizedParagraph, start: number, m: Mention): boolean {
  const { tokens } = paragraph;
  const next = tokens[m.last + 1];
  if (next !== undefined && next.sentence === tokens[m.first]!.sentence && next.quote < 0) {
    if (next.lower === "'s" || (next.word && !next.cap && (AUXILIARIES.has(next.lower) || SPEECH_VERBS.has(next.lower) || /(?:ed|s)$/.test(next.lower)))) return false;
    if (next.text === ',' && tokens[m.last + 2]?.lower === 'who') return false;
  }
  for (let k = m.first - 1; k > start; k--) {
    const t = tokens[k]!;
    // "… if they are to keep gamers said Ann Roe": a verb of saying in the clause may have the name as its subject.
    if (CLAUSE_BREAKS.has(t.text) || (t.word && !t.cap && SPEECH_VERBS.has(t.lower))) return false;
    if (t.word && !t.cap && SUBORDINATORS.has(t.lower)) return hasVerb(paragraph, start, k) && hasVerb(paragraph, k + 1, m.first);
  }
  return false;
}

/**
 * True when the words from `from` up to `to` hold a verb: one `verbBefore` finds, a modal ("must"), or a lower-case word
 * in -ed or of saying right before `to` ("ruled that", "argued when", which `verbBefore` reads as modifiers).
 */
function hasVerb(paragraph: TokenizedParagraph, from: number, to: number): boolean {
  const { tokens } = paragraph;
  if (verbBefore(paragraph, from, to)) return true;
  for (let k = from; k < to; k++) if (tokens[k]!.word && !tokens[k]!.cap && MODALS.has(tokens[k]!.lower)) return true;
  const last = tokens[to - 1];
  return to - 1 >= from && last !== undefined && last.word && !last.cap && (/ed$/.test(last.lower) || SPEECH_VERBS.has(last.lower));
}
