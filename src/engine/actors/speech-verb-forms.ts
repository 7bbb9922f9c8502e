/**
 * Where a speaker named by a common noun stands next to a speech verb: as its subject ("The army said", "One man
 * told me") or right after it, behind a quotation ("…," said one parent).
 */
import type { Token } from './01-tokenize-text.ts';
import { PERSON_RELATIVES, SENTENCE_ADVERBS, SPEECH_VERBS } from './load-lexicons.ts';
import clauseOpenersJson from '../lexicons/clause-openers.json' with { type: 'json' };
import betweenSubjectAndVerbJson from '../lexicons/between-subject-and-verb.json' with { type: 'json' };
import verbFormsJson from '../lexicons/verb-forms.json' with { type: 'json' };
import { DASHES } from '../text/dashes.ts';

const CLAUSE_OPENERS: ReadonlySet<string> = new Set(clauseOpenersJson.anonymousSource);
const BETWEEN: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.mentionSubject);
/** How many words may stand between a subject and its speech verb ("has also", "meanwhile"). */
const MAX_BETWEEN = 2;

/**
 * The index of the first token after `head` past a relative clause about a person when `pastRelativeClause` ("One MP,
 * who was there, told", when no comma comes before the head in its sentence) and at most two words that stand between a subject and its verb ("A spokeswoman meanwhile said", "one resident
 * later told"): `mentionSubject` words, lower case.
 *
 * @example
 * // "A spokeswoman meanwhile said" with head at "spokeswoman" → the index of "said"
 */
export function afterBetweenWords(tokens: readonly Token[], head: number, pastRelativeClause = false): number {
  const start = pastRelativeClause && opensWithoutComma(tokens, head) ? afterDashAside(tokens, afterRelativeClause(tokens, head + 1)) : head + 1;
  let k = start;
  while (k < start + MAX_BETWEEN && tokens[k]?.word && !tokens[k]!.cap && BETWEEN.has(tokens[k]!.lower)) k++;
  return k;
}

/**
 * True when no comma stands between the start of the head's sentence and the head, but the one after a sentence
 * adverb opening it: "One MP, who …" and "However, one MP, who …" open their sentence, while in "NAME, 45, a builder,
 * who …, added" the relative clause's comma closes an appositive, and the verb is the person's.
 */
function opensWithoutComma(tokens: readonly Token[], head: number): boolean {
  const sentence = tokens[head]?.sentence;
  for (let k = head - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.text !== ',') continue;
    // "However, one dealer, who …, told": the comma closes a sentence adverb that opens the sentence, no appositive.
    const adverb = tokens[k - 1];
    return adverb !== undefined && adverb.word && adverb.quote < 0 && SENTENCE_ADVERBS.has(adverb.lower) && tokens[k - 2]?.sentence !== sentence;
  }
  return true;
}

/** How many tokens an aside between dashes may take. */
const MAX_DASH_ASIDE = 12;

/**
 * "One reader - all are anonymous - wrote …": the token after an aside set off by two spaced dashes that opens at `k`
 * in the same sentence, with no quotation or verb of saying in it; `k` itself when no such aside opens there.
 *
 * @example
 * afterDashAside(tokensOf('One reader - all are anonymous - wrote …'), 2) // => 7 (the token "wrote")
 */
export function afterDashAside(tokens: readonly Token[], k: number): number {
  if (!isSpacedDash(tokens, k)) return k;
  for (let m = k + 1; m < tokens.length && m <= k + MAX_DASH_ASIDE; m++) {
    const t = tokens[m]!;
    if (t.quote >= 0 || t.sentence !== tokens[k]!.sentence || (t.word && !t.cap && SPEECH_VERBS.has(t.lower))) return k;
    if (DASHES.has(t.text)) return isSpacedDash(tokens, m) && m > k + 1 ? m + 1 : k;
  }
  return k;
}

/** A dash token with a space on both sides (a hyphen inside a word is no dash). */
function isSpacedDash(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return dash !== undefined && before !== undefined && after !== undefined && DASHES.has(dash.text) && before.end < dash.start && dash.end < after.start;
}

/** Words after a verb of saying that make it ask for a deed, not report words ("asked not to be named", "asked to leave"). */
const INFINITIVE_MARKERS: ReadonlySet<string> = new Set(verbFormsJson.beforeAnInfinitive);
/** How many tokens a relative clause between a subject and its verb may take. */
const MAX_RELATIVE_CLAUSE = 20;

/**
 * "One MP, who was in the crowd, told …", "NAME, who was in Paris on Monday, told …": the token after a relative clause
 * about a person that opens at `k` (a comma and "who"/"whose") and is closed by a comma in the same sentence, with no
 * quotation or verb of saying in it (but one before an infinitive: "who asked not to be named"); `k` itself when no
 * such clause opens there.
 *
 * @example
 * afterRelativeClause(tokensOf('Macron, who was there, told …'), 1) // => 6 (the token "told")
 */
export function afterRelativeClause(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',' || !PERSON_RELATIVES.has(tokens[k + 1]?.lower ?? '')) return k;
  for (let m = k + 2; m < tokens.length && m <= k + MAX_RELATIVE_CLAUSE; m++) {
    const t = tokens[m]!;
    // "who asked not to be named", "who was asked to comment": a verb of saying before an infinitive, or itself one,
    // reports no words.
    const infinitive = INFINITIVE_MARKERS.has(tokens[m + 1]?.lower ?? '') || tokens[m - 1]?.lower === 'to';
    const speech = t.word && !t.cap && SPEECH_VERBS.has(t.lower) && !infinitive;
    if (t.quote >= 0 || t.sentence !== tokens[k]!.sentence || speech) return k;
    if (t.text === ',') return m + 1;
  }
  return k;
}

/**
 * True for an inflected, finite form of a speech verb ("said", "wrote", "says"); false for a base form, which may
 * be a noun ("a local report", "the team's claim"), and for an "-ing" form, which opens a phrase ("stating").
 *
 * @param word A folded word.
 * @param plural The subject is plural, so a base form is finite too ("the researchers write").
 * @example
 * isFiniteSpeechVerb('said')   // => true
 * isFiniteSpeechVerb('report') // => false
 */
export function isFiniteSpeechVerb(word: string, plural = false): boolean {
  const verb = SPEECH_VERBS.get(word);
  return verb !== undefined && (verb.lemma !== word || plural) && !word.endsWith('ing');
}

/**
 * The phrase from `opening` to `head` is the subject of the speech verb right after it: the verb is finite and lower
 * case, and the phrase opens a sentence or a clause (nothing before it but punctuation or "and", "but", "while" …),
 * so "members of the team said" is not said by the team. "said to be", "told to leave" are passives, not speech.
 *
 * @param tokens The paragraph's tokens.
 * @param head The phrase's last token (its noun).
 * @param opening The phrase's first token (its determiner or owner).
 * @param starts Token indexes where the paragraph's sentences start.
 * @param plural The phrase is plural ("the researchers"), so the verb may be a base form ("write").
 * @example
 * // "The army said …" → true; "Members of the army said …" (opening at "the") → false
 */
export function isSubjectOfSpeech(tokens: readonly Token[], head: number, opening: number, starts: ReadonlySet<number>, plural = false): boolean {
  const at = afterBetweenWords(tokens, head, true);
  const verb = tokens[at];
  if (!verb?.word || verb.cap || !isFiniteSpeechVerb(verb.lower, plural)) return false;
  // "A man said to be in his forties", "a woman told to leave": a passive, not speech.
  if (tokens[at + 1]?.lower === 'to') return false;
  const before = tokens[opening - 1];
  return starts.has(opening) || before === undefined || (!before.word && before.lower !== "'s") || CLAUSE_OPENERS.has(before.lower);
}

/**
 * The phrase opening at `opening` follows a verb of saying that follows a quotation or a comma ("…," said one
 * parent). A verb of telling makes the phrase the listener ("…," she told a neighbour), so it does not count.
 *
 * @param tokens The paragraph's tokens.
 * @param opening The phrase's first token.
 * @example
 * // '"No," said one parent' with opening at "one" → true; '"No," she told one parent' → false
 */
export function followsQuotedSpeech(tokens: readonly Token[], opening: number): boolean {
  const verb = tokens[opening - 1];
  if (!verb?.word || verb.cap || !isFiniteSpeechVerb(verb.lower) || SPEECH_VERBS.get(verb.lower)!.listener) return false;
  const before = tokens[opening - 2];
  return before !== undefined && !before.word && (before.quote >= 0 || before.text === ',');
}
