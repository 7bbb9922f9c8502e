/**
 * Documents as the subject of a speech verb ("The report said", "a statement released by the
 * president's office said", "according to the ministry's statement", "ORG's statement read:"), and their owners.
 */
import type { Mention, Token } from '../../actors/index.ts';
import { DOCUMENT_NOUNS, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import issuingVerbsJson from '../../lexicons/issuing-verbs.json' with { type: 'json' };
import { documentOwner, documentPhraseAt, pronounDocumentOwner, type PhraseOwner } from '../find-document-owner.ts';
import type { Subject } from '../cue-types.ts';
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import type { Context } from './cue-context.ts';
import { opensClause } from './token-tests.ts';
import { SPEAKING_KINDS } from './word-sets.ts';

/** How many words may stand between a document that opens its clause and the colon ("was", "concluded with the statement"). */
const MAX_WORDS_AFTER_DOCUMENT = 6;

/**
 * "His message to the chancellor was: “…”", "The court's summary concluded with the statement: “…”": a
 * document that opens the clause before the colon speaks for its owner — the possessor, the owner of a
 * possessive pronoun, or the owner of "the DOCUMENT" named before (`documentOwner`). A few words, naming
 * nobody, between the document phrase and the colon.
 *
 * @example
 * // His message to the chancellor was: “Act now.”
 * documentSubjectBeforeColon(context, 0) // => { type: 'pronoun', pronoun: 'he', … }
 */
export function documentSubjectBeforeColon(context: Context, start: number): Subject | undefined {
  const { tokens } = context.paragraph;
  let k = start;
  let owner: Subject | undefined;
  const possessor = context.mentions.startAt.get(k) ?? (tokens[k]?.lower === 'the' ? context.mentions.startAt.get(k + 1) : undefined);
  // A possessor named by a name, not by a common noun ("the court's") that may stand for another body.
  const named = possessor !== undefined && tokens.slice(possessor.first, possessor.last + 1).some((t) => t.cap && t.lower !== 'the');
  if (possessor && named && tokens[possessor.last + 1]?.lower === "'s" && SPEAKING_KINDS.has(possessor.kind)) {
    owner = { type: 'mention', mention: possessor };
    k = possessor.last + 2;
  } else if (POSSESSIVE_TO_SUBJECT.has(tokens[k]?.lower ?? '')) {
    owner = { type: 'pronoun', pronoun: POSSESSIVE_TO_SUBJECT.get(tokens[k]!.lower)!, paragraph: context.position, token: k };
    k++;
  } else if (tokens[k]?.lower === 'the') k++;
  else return undefined;
  for (let n = 0; n < 3 && tokens[k]?.word && !tokens[k]!.cap && !DOCUMENT_NOUNS.has(tokens[k]!.lower); n++) k++;
  if (!DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return undefined;
  if (!owner) {
    const found = documentOwner(context.paragraphs, context.index, context.position, k);
    if (!found) return undefined;
    owner = { type: 'document', owner: found, paragraph: context.position, token: k };
  }
  // A few words up to the colon that name nobody, but for the one a short topic phrase is addressed to ("to the chancellor").
  let words = 0;
  for (let m = k + 1; m <= context.sentenceEnd && tokens[m]!.text !== ':'; m++) {
    const t = tokens[m]!;
    const named = context.mentions.startAt.get(m);
    const topic = DOCUMENT_PHRASE_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') && m <= k + 3;
    if (named && topic) {
      m = named.last;
      continue;
    }
    if (t.quote >= 0 || t.cap || named || !t.word || ++words > MAX_WORDS_AFTER_DOCUMENT) return undefined;
  }
  return owner;
}

/**
 * A document phrase right after "according to" at `first`, up to the punctuation that ends it (`documentPhraseAt`).
 *
 * @example
 * // … according to the ministry's statement.
 * documentPhraseAfterAccording(context, 3, 7) // => { type: 'mention', mention: ‹the ministry› }
 */
export function documentPhraseAfterAccording(context: Context, first: number, to: number): Subject | undefined {
  const { tokens } = context.paragraph;
  for (let last = first + 1; last < Math.min(to, first + MAX_DOCUMENT_PHRASE); last++) {
    if (tokens[last]!.quote >= 0) return undefined;
    if (tokens[last + 1]?.word || tokens[last + 1]?.lower === "'s") continue;
    const owner = documentPhraseAt(tokens, context.mentions, first, last);
    return owner && phraseOwnerSubject(context, owner);
  }
  return undefined;
}

/** How many tokens a document phrase that ends before a verb may take ("The same report", "a statement released by the Turkish president's office"). */
const MAX_DOCUMENT_PHRASE = 12;

/**
 * A document phrase that opens its clause and ends at `k`, as the subject of a speech verb: its owner speaks
 * (`documentPhraseAt`: a possessor, a possessive pronoun, an agent, or the owner of the document named before).
 *
 * @example
 * // The council's report said …
 * documentPhraseBefore(context, 3, 0) // => { type: 'mention', mention: ‹The council› }
 */
export function documentPhraseBefore(context: Context, k: number, from: number, asideAgent?: Mention): Subject | undefined {
  const { tokens } = context.paragraph;
  for (let first = k; first >= Math.max(from, k - MAX_DOCUMENT_PHRASE); first--) {
    if (tokens[first]!.quote >= 0) return undefined;
    if (!opensClause(tokens, first, from)) continue;
    const owner = documentPhraseAt(tokens, context.mentions, first, k, asideAgent);
    if (owner) return phraseOwnerSubject(context, owner);
  }
  return undefined;
}

/** How many tokens a document phrase at the head of a relative clause may take ("a Law Commission report"). */
const MAX_HEADING_PHRASE = 6;

/**
 * "… in the wake of a Law Commission report which branded the law “a mess”": a document phrase ending at `k`, right
 * before "which", that names its own owner (a possessor, a body named as its modifier, an agent), wherever it stands
 * in the sentence; the clause "which" opens is that document's words, so its owner speaks. A phrase that names no owner
 * of its own ("a report which …", "the report which …") gives nobody.
 *
 * @example
 * // The review followed a Law Commission report which branded the law “a mess”.
 * documentPhraseHeading(context, 7, 0) // => { type: 'document', owner: ‹Law Commission›, … }
 */
export function documentPhraseHeading(context: Context, k: number, from: number): Subject | undefined {
  const { tokens } = context.paragraph;
  for (let first = k; first >= Math.max(from, k - MAX_HEADING_PHRASE); first--) {
    if (tokens[first]!.quote >= 0) return undefined;
    const owner = documentPhraseAt(tokens, context.mentions, first, k);
    if (owner && owner.type !== 'back-reference') return phraseOwnerSubject(context, owner);
  }
  return undefined;
}

/**
 * "Their statement also read" after "X issued a statement": the owner of the document named before when it
 * fits the pronoun (`pronounDocumentOwner`), else the pronoun, resolved like a subject.
 *
 * @example
 * // The union issued a statement. Their statement also read: …
 * pronounOwnerSubject(context, 'they', 6, 7) // => { type: 'mention', mention: ‹The union› }
 */
export function pronounOwnerSubject(context: Context, pronoun: string, token: number, noun: number): Subject {
  const named = DOCUMENT_NOUNS.has(context.paragraph.tokens[noun]?.lower ?? '') ? pronounDocumentOwner(context.paragraphs, context.index, context.position, noun, pronoun) : undefined;
  return named ? { type: 'document', owner: named, paragraph: context.position, token: noun } : { type: 'pronoun', pronoun, paragraph: context.position, token };
}

/** The subject that a document phrase's owner stands for. */
function phraseOwnerSubject(context: Context, owner: PhraseOwner): Subject | undefined {
  if (owner.type === 'mention') return { type: 'document', owner: owner.mention, paragraph: context.position, token: owner.mention.first };
  if (owner.type === 'pronoun') return pronounOwnerSubject(context, owner.pronoun, owner.token, owner.noun);
  const found = documentOwner(context.paragraphs, context.index, context.position, owner.noun);
  return found && { type: 'document', owner: found, paragraph: context.position, token: owner.noun };
}

/**
 * True when, at most twelve tokens before the participle at `verbAt` and with no quotation or
 * other speech verb between, a document noun stands as the object of a verb that puts it out
 * ("issued a statement at his golf club saying", "released a short video saying").
 *
 * @example
 * // … released a short video saying …
 * issuedDocumentBefore(tokens, 4, 0) // => true
 */
export function issuedDocumentBefore(tokens: readonly Token[], verbAt: number, from: number): boolean {
  for (let k = verbAt - 1; k >= Math.max(from, verbAt - 12); k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || (t.word && !t.cap && SPEECH_VERBS.has(t.lower))) return false;
    if (!DOCUMENT_NOUNS.has(t.lower)) continue;
    let m = k - 1;
    for (let n = 0; n < 3 && tokens[m]?.word && !tokens[m]!.cap && !ISSUING_VERBS.has(tokens[m]!.lower); n++) m--;
    return ISSUING_VERBS.has(tokens[m]?.lower ?? '');
  }
  return false;
}

/** Possessive pronouns before a document noun, and the subject pronoun of their owner. */
export const POSSESSIVE_TO_SUBJECT: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);
/** Prepositions that open a short phrase after a document noun ("statement on the death", "message to the chancellor"). */
const DOCUMENT_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.documentTopic);

/**
 * The document noun that ends at `k` or is followed up to `k` by one short phrase of lower-case words
 * ("statement on the death", "message to the chancellor"; at most five words, no comma or name).
 *
 * @example
 * // … the statement on the death said …
 * documentBefore(tokens, 5, 0) // => 1 (the token of “statement”)
 */
export function documentBefore(tokens: readonly Token[], k: number, from: number): number | undefined {
  if (DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return k;
  for (let m = k; m >= Math.max(from + 1, k - 5); m--) {
    const t = tokens[m]!;
    if (!t.word || t.cap) return undefined;
    if (DOCUMENT_PHRASE_PREPOSITIONS.has(t.lower)) return DOCUMENT_NOUNS.has(tokens[m - 1]?.lower ?? '') ? m - 1 : undefined;
  }
  return undefined;
}

/** Verbs that put out a document ("released a statement which read …"). */
export const ISSUING_VERBS: ReadonlySet<string> = new Set(issuingVerbsJson.verbs);

/** How many lower-case modifiers may stand between a possessor and its document noun after a verb ("Acme's latest annual report"). */
const MAX_POSSESSED_MODIFIERS = 2;

/**
 * "“…,” reads Judge Miller's statement.", "“…,” said the bank's latest report.": after a verb that follows the quote, a
 * person or organisation named as the possessor of a document noun (at most two lower-case modifiers between) that ends
 * the clause (punctuation or the end of the range after it) — the owner of the document speaks, as in "NAME's statement
 * said". Undefined for any other possessed noun ("said Cole's lawyer": the lawyer speaks).
 *
 * @example
 * // “We disagree,” reads Judge Miller's statement.
 * possessedDocumentEnding(context, ‹Judge Miller›, 9) // => { type: 'document', owner: ‹Judge Miller›, … }
 */
export function possessedDocumentEnding(context: Context, possessor: Mention, to: number): Subject | undefined {
  const { tokens } = context.paragraph;
  if (tokens[possessor.last + 1]?.lower !== "'s" || !SPEAKING_KINDS.has(possessor.kind) || possessor.inQuote) return undefined;
  let k = possessor.last + 2;
  for (let n = 0; n < MAX_POSSESSED_MODIFIERS && k < to && tokens[k]!.word && !tokens[k]!.cap && !DOCUMENT_NOUNS.has(tokens[k]!.lower); n++) k++;
  const noun = tokens[k];
  if (!noun || noun.quote >= 0 || noun.cap || !DOCUMENT_NOUNS.has(noun.lower)) return undefined;
  if (k < to && tokens[k + 1]?.word) return undefined;
  return { type: 'document', owner: possessor, paragraph: context.position, token: k };
}
