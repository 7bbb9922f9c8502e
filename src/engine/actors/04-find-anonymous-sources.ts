/**
 * Stage 4 of actors: find anonymous sources — "a NATO official", "British defence sources",
 * "an Elysée Palace source", "a spokesman for the ministry" — and their affiliation.
 */
import { afterDescriptor, beforeDescriptor } from './strip-descriptors.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameCandidate } from './03-classify-name-runs.ts';
import {
  ANONYMOUS_ADJECTIVES_BEFORE_DOCUMENTS,
  ANONYMOUS_BACK_DETERMINERS,
  ANONYMOUS_DETERMINERS,
  ANONYMOUS_HEADS,
  ANONYMOUS_MODIFIERS,
  ANONYMOUS_STRONG_HEADS,
  COMMENTATORS,
  COUNTRY_DEMONYMS,
  COUNTRY_NAMES,
  DOCUMENT_NOUNS,
  HONORIFICS,
  INSTITUTIONS,
  ONE_OF_NOUNS,
  ORG_BACK_REFERENCES,
  PEOPLE_FAMILIAR,
  SPEAKING_GROUPS,
  SPEAKS_FOR_HEADS,
  SPEECH_VERBS,
  TITLE_HEAD_WORDS,
  TITLE_MODIFIERS,
} from './load-lexicons.ts';
import { createWordSieve } from '../text/word-sieve.ts';
import prepositionsJson from '../lexicons/prepositions.json' with { type: 'json' };
import determinersJson from '../lexicons/determiners.json' with { type: 'json' };
import clauseOpenersJson from '../lexicons/clause-openers.json' with { type: 'json' };
import unnamedJson from '../lexicons/unnamed-speakers.json' with { type: 'json' };
import anonymousJson from '../lexicons/anonymous-sources.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';
import { afterBetweenWords } from './speech-verb-forms.ts';

/** An anonymous source in the text, inclusive token indexes (determiner excluded). */
export interface AnonymousCandidate {
  paragraph: number;
  first: number;
  last: number;
  /** Name as written without its determiner ("NATO official", "spokesman for Prime Minister Rishi Sunak"). */
  surface: string;
  /** Folded identity: singular head, so "a NATO official" and "NATO officials" meet. */
  key: string;
  affiliation?: string;
  country?: string;
  /** "the official" with nothing else: refers back to an anonymous source already named. */
  backReference: boolean;
  head: string;
  inQuote: boolean;
  /** A crowd named by a plural common noun ("lenders have said", `find-plural-speakers.ts`). */
  crowd?: true;
}

/** Every word is tested: most fail here, without a look-up. */
const mayBeHead = createWordSieve(ANONYMOUS_HEADS);
/**
 * What follows the first space of each "people familiar" phrase: a head has no space, so "HEAD NEXT" can
 * be a phrase only when NEXT is one of these, and most heads are followed by none ("officials said").
 */
const FAMILIAR_SECOND_WORDS: ReadonlySet<string> = new Set([...PEOPLE_FAMILIAR].map((phrase) => phrase.slice(phrase.indexOf(' ') + 1)));
const POST_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.afterAPost);
const DESCRIBING_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.describing);
const POST_MODIFIERS: ReadonlySet<string> = new Set(prepositionsJson.postModifying);
/** "an insider in the talks as saying": the words that end a source's description after its head. */
const DESCRIPTION_ENDS: ReadonlySet<string> = new Set(anonymousJson.descriptionEnds);

/**
 * Finds the anonymous sources of one paragraph. A head noun ("official", "source", "aide") is
 * an anonymous source when it is described (by an affiliation, a modifier or "for X") and is
 * not a role before or after a name ("Kremlin spokesperson Dmitry Peskov", "Peskov, a Kremlin spokesman").
 *
 * @param paragraph The tokenised paragraph.
 * @param names The paragraph's name candidates (to tell roles from anonymous sources).
 * @example
 * const p = tokenizeText(0, 'A NATO official said so.', []);
 * findAnonymousSources(p, classifyNameRuns(p, findNameRuns(p)))[0]
 * // => { surface: 'NATO official', affiliation: 'NATO', key: 'nato official', … }
 */
export function findAnonymousSources(paragraph: TokenizedParagraph, names: readonly NameCandidate[]): AnonymousCandidate[] {
  const { tokens } = paragraph;
  const nameStarts = new Set<number>();
  const nameEnds = new Set<number>();
  /** Where each name of any kind starts, by its last token: the possessor of "Mr Blair's spokesman". */
  const nameStartByEnd = new Map<number, number>();
  /** Where each name of any kind ends, by its first token: "the Information Commissioner's Office" after "for". */
  const nameEndByStart = new Map<number, number>();
  for (const n of names) {
    nameStartByEnd.set(n.last, Math.min(nameStartByEnd.get(n.last) ?? n.first, n.first));
    nameEndByStart.set(n.first, Math.max(nameEndByStart.get(n.first) ?? n.last, n.last));
    if (n.kind === 'person' || n.kind === 'surname') {
      nameStarts.add(n.first);
      nameEnds.add(n.last);
    }
  }
  const out: AnonymousCandidate[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h]!;
    if (!head.word || !mayBeHead(head.lower) || !ANONYMOUS_HEADS.has(head.lower)) continue;
    // "the House of Representatives": a capital head after "of" is the end of a name.
    if (head.cap && tokens[h - 1]?.lower === 'of') continue;
    // "people familiar with the matter", "two people briefed on the talks": the word after the head describes it.
    const next = tokens[h + 1]?.lower ?? '';
    const familiar = FAMILIAR_SECOND_WORDS.has(next) && PEOPLE_FAMILIAR.has(`${head.lower} ${next}`);
    if (isFollowedByName(tokens, h, nameStarts)) continue;
    // "Acme's official statement read …": an adjective before a document, which speaks for its owner; no official.
    if (!head.cap && ANONYMOUS_ADJECTIVES_BEFORE_DOCUMENTS.has(head.lower) && DOCUMENT_NOUNS.has(next)) continue;

    let k = h - 1;
    const modifiers: Token[] = [];
    while (k >= 0 && tokens[k]!.word && isModifier(tokens[k]!) && beforeDescriptor(tokens, k) === k) {
      modifiers.unshift(tokens[k]!);
      k--;
    }
    // "A Department for Education and Skills spokeswoman": a body's name with lower-case links inside it, found whole
    // by the name finder, ends right before the head and is its modifier.
    const bodyStart = nameStartByEnd.get(h - 1);
    if (bodyStart !== undefined && bodyStart <= k && modifiers.length > 0 && tokens[k]!.word && !tokens[k]!.cap) {
      modifiers.unshift(...tokens.slice(bodyStart, k + 1));
      k = bodyStart - 1;
    }
    const first = k + 1;
    // "the NGO Home Office", "a UK-based NGO IAAF spokesman": the determiner stands before the descriptor.
    k = beforeDescriptor(tokens, k);
    const determiner = tokens[k]?.word ? tokens[k]!.lower : '';
    if (tokens[k]?.lower === "'s") {
      const possessed = possessiveSource(paragraph, k, h, nameStartByEnd);
      if (possessed) out.push(possessed);
      continue;
    }
    // "Peskov, a Kremlin spokesman": an appositive role, not an anonymous source.
    if (['a', 'an', 'the'].includes(determiner) && tokens[k - 1]?.text === ',' && nameEnds.has(k - 2)) continue;
    if (!['a', 'an', 'the'].includes(determiner) && nameEnds.has(k) && !familiar) continue;

    let last = h;
    let affiliation: string | undefined;
    /** "for UK-based NGO": a descriptor before the affiliation, no part of the source's name. */
    let descriptor: { first: number; after: number } | undefined;
    const prep = tokens[h + 1];
    if (prep && POST_PREPOSITIONS.has(prep.lower) && !familiar) {
      let m = h + 2;
      if (tokens[m]?.lower === 'the') m++;
      const beforeKind = m;
      m = afterDescriptor(tokens, m);
      if (m > beforeKind) descriptor = { first: beforeKind, after: m };
      const start = m;
      while (tokens[m] && tokens[m]!.cap && tokens[m]!.quote === head.quote) m++;
      // "a spokeswoman for the Information Commissioner's Office": a body's name that runs across a possessive is whole.
      const named = nameEndByStart.get(start);
      if (m > start && named !== undefined && named >= m) m = named + 1;
      if (m > start && ['for', 'at', 'from', 'to'].includes(prep.lower)) {
        last = m - 1;
        affiliation = stripTitles(tokens, start, m - 1, paragraph.text);
      }
    }
    // "A spokesman for the ministry, John Roe, said": the role is in apposition to the name that follows its body.
    if (affiliation !== undefined && isNamedAfterBody(tokens, last, nameStarts)) continue;
    if (familiar && last === h) last = describedUntil(tokens, h + 1, head.quote);
    const capModifiers = modifiers.filter((t) => t.cap);
    if (!affiliation && capModifiers.length > 0) {
      affiliation = paragraph.text.slice(capModifiers[0]!.start, capModifiers.at(-1)!.end);
    }
    const plural = /s$/.test(head.lower) || head.lower === 'spokespeople';
    const indefinite = ANONYMOUS_DETERMINERS.has(determiner);
    const strong = ANONYMOUS_STRONG_HEADS.has(head.lower);
    // "a diplomat from a large member state", "an official with the ministry": described after the head.
    const postModified = !familiar && affiliation === undefined && strong && ANONYMOUS_DETERMINERS.has(determiner) && POST_MODIFIERS.has(prep?.lower ?? '') && ['a', 'an', 'the'].includes(tokens[h + 2]?.lower ?? '');
    if (postModified) last = describedUntil(tokens, h, head.quote, POST_MODIFIERS);
    // "A spokeswoman said …": undescribed, but the subject of a speech verb.
    // "A spokeswoman has said", "a spokesman meanwhile said": past the words that stand between a subject and its verb;
    // "One MP, who was in the crowd, told": past a relative clause about the source.
    const verbAt = afterBetweenWords(tokens, h, true);
    const speaking = indefinite && strong && !plural && tokens[verbAt] !== undefined && SPEECH_VERBS.has(tokens[verbAt]!.lower) && !tokens[verbAt]!.lower.endsWith('ing');
    const described = modifiers.length > 0 || affiliation !== undefined || familiar || (postModified && last > h) || speaking;
    const backReference = ANONYMOUS_BACK_DETERMINERS.has(determiner) && !described;
    if (!backReference) {
      if (!described) continue;
      if (!indefinite && !(plural && strong && determiner !== 'the') && !(determiner === 'the' && affiliation)) continue;
      if (!strong && !indefinite) continue;
    }
    let country: string | undefined;
    for (const t of modifiers) country ??= COUNTRY_DEMONYMS.get(t.text) ?? COUNTRY_NAMES.get(t.text) ?? INSTITUTIONS.get(t.lower)?.country;
    const surfaceFirst = modifiers.length > 0 && ['two', 'three', 'four', 'several', 'some', 'many', 'other'].includes(modifiers[0]!.lower) ? first + 1 : first;
    const from = tokens[Math.min(surfaceFirst, h)]!.start;
    const surface = descriptor && affiliation && last >= descriptor.after
      ? paragraph.text.slice(from, tokens[descriptor.first]!.start) + paragraph.text.slice(tokens[descriptor.after]!.start, tokens[last]!.end)
      : paragraph.text.slice(from, tokens[last]!.end);
    const key = foldText(surface).replace(pluralOf(singular(head.lower)), singular(head.lower));
    out.push({
      paragraph: paragraph.index,
      first: backReference ? h : first,
      last,
      surface,
      key,
      ...(affiliation ? { affiliation } : {}),
      ...(country ? { country } : {}),
      backReference,
      head: singular(head.lower),
      inQuote: head.quote >= 0,
    });
  }
  findOneOfGroup(paragraph, out);
  findSomeOfGroup(paragraph, out);
  findSpeakingGroup(paragraph, out);
  findCommentators(paragraph, out);
  return out;
}

/**
 * "The judges called it …", "… wrote the judges", "said the artists": a body of people who speak
 * together, named by "the" and a plural noun right before or after a speech verb, is an anonymous
 * source. Not described elsewhere ("the judges, who included …, were full of praise" names no speech).
 */
function findSpeakingGroup(paragraph: TokenizedParagraph, out: AnonymousCandidate[]): void {
  const { tokens } = paragraph;
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k]!;
    if (!noun.word || noun.cap || !SPEAKING_GROUPS.has(noun.lower) || tokens[k - 1]!.lower !== 'the') continue;
    const after = tokens[afterBetweenWords(tokens, k)];
    const before = tokens[k - 2];
    const speaks = (after?.word === true && isInflectedSpeechVerb(after.lower)) || (before?.word === true && !before.cap && isInflectedSpeechVerb(before.lower));
    if (!speaks || out.some((c) => c.first <= k && c.last >= k)) continue;
    out.push({ paragraph: paragraph.index, first: k, last: k, surface: noun.text, key: noun.lower, backReference: false, head: singular(noun.lower), inQuote: noun.quote >= 0 });
  }
}

const CROWD_QUANTIFIERS: ReadonlySet<string> = new Set(determinersJson.crowdQuantifiers);
const ONE_QUANTIFIERS: ReadonlySet<string> = new Set(determinersJson.oneQuantifiers);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(clauseOpenersJson.anonymousSource);

/**
 * "Analysts said …", "what one analyst calls …", "some political analysts argue", "US authorities claimed":
 * people who comment from outside the news, named only by a commentator noun (with describing words and a
 * quantifier before it) right before a speech verb, are an anonymous source. A singular noun needs "one", "a" or "an".
 */
function findCommentators(paragraph: TokenizedParagraph, out: AnonymousCandidate[]): void {
  const { tokens } = paragraph;
  const starts = new Set(paragraph.sentenceStarts);
  for (let k = 0; k < tokens.length; k++) {
    const noun = tokens[k]!;
    if (!noun.word || !COMMENTATORS.has(noun.lower) || (noun.cap && !starts.has(k))) continue;
    const verb = tokens[afterBetweenWords(tokens, k)];
    if (!verb?.word || verb.cap || !SPEECH_VERBS.has(verb.lower) || verb.lower.endsWith('ing')) continue;
    let first = k;
    while (first > 0 && isCommentatorModifier(tokens[first - 1]!, starts.has(first - 1))) first--;
    const quantifier = tokens[first - 1];
    const plural = noun.lower.endsWith('s');
    const quantified = quantifier?.word === true && (plural ? CROWD_QUANTIFIERS : ONE_QUANTIFIERS).has(quantifier.lower);
    if (!plural && !quantified) continue;
    // "the company's critics say", "the head of the internal investigators told": owned or described by words
    // that are no part of the crowd; only a quantifier, a sentence start, punctuation or a clause opener may come before.
    const before = tokens[first - 1];
    if (!quantified && before !== undefined && !starts.has(first) && (before.lower === "'s" || (before.word && !CLAUSE_OPENERS.has(before.lower)))) continue;
    const surfaceFirst = quantified && quantifier!.lower !== 'the' ? first - 1 : first;
    if (out.some((c) => c.first <= k && c.last >= surfaceFirst)) continue;
    const surface = paragraph.text.slice(tokens[surfaceFirst]!.start, noun.end);
    out.push({ paragraph: paragraph.index, first: surfaceFirst, last: k, surface, key: foldText(surface).replace(pluralOf(singular(noun.lower)), singular(noun.lower)), backReference: false, head: singular(noun.lower), inQuote: noun.quote >= 0 });
  }
}

/** A describing word before a commentator noun: a lower-case modifier ("political", "federal") or a country ("US", "Thai"). */
function isCommentatorModifier(token: Token, sentenceStart: boolean): boolean {
  if (!token.word) return false;
  if (token.cap) return COUNTRY_DEMONYMS.has(token.text) || COUNTRY_NAMES.has(token.text) || (sentenceStart && ANONYMOUS_MODIFIERS.has(token.lower) && !CROWD_QUANTIFIERS.has(token.lower));
  return ANONYMOUS_MODIFIERS.has(token.lower) && !CROWD_QUANTIFIERS.has(token.lower) && !['two', 'three'].includes(token.lower);
}

/**
 * "Mr Blair's official spokesman said", "the prime minister's spokesman was asked": a spokesperson or aide
 * named only through whom they work for, a named person or organisation or "the" and a title. The source is
 * the whole phrase: it speaks for its owner but is not its owner, so no affiliation is drawn from it.
 */
function possessiveSource(paragraph: TokenizedParagraph, possessive: number, h: number, nameStartByEnd: ReadonlyMap<number, number>): AnonymousCandidate | undefined {
  const { tokens } = paragraph;
  const head = tokens[h]!;
  if (!ANONYMOUS_STRONG_HEADS.has(head.lower) || head.quote !== tokens[possessive]!.quote) return undefined;
  // "Mr Blair's official spokesman": "official" describes the head that follows it.
  if (ANONYMOUS_HEADS.has(tokens[h + 1]?.lower ?? '')) return undefined;
  let start = nameStartByEnd.get(possessive - 1) ?? -1;
  if (start >= 0) {
    if (HONORIFICS.has(tokens[start - 1]?.lower ?? '') || openingWordOfName(paragraph, start, possessive)) start--;
  } else if (SPEAKS_FOR_HEADS.has(head.lower) && ORG_BACK_REFERENCES.has(tokens[possessive - 1]?.lower ?? '') && !tokens[possessive - 1]!.cap && tokens[possessive - 2]?.lower === 'the') {
    // "the band's spokesman", "the council's spokesperson": the voice of a body the article named before, which
    // "the" and the kind of body stand for (the role stages link them; the quote stages give its words to the body).
    start = possessive - 1;
  } else {
    let k = possessive - 1;
    if (!TITLE_HEAD_WORDS.has(tokens[k]?.lower ?? '') || tokens[k]!.cap) return undefined;
    while (k > 0 && tokens[k - 1]!.lower !== 'the' && (TITLE_MODIFIERS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower === 'prime') && !tokens[k - 1]!.cap) k--;
    // "the prime minister's spokesman": a lower-case title names one known person only with "the".
    if (tokens[k - 1]?.lower !== 'the') return undefined;
    start = k;
  }
  const surface = paragraph.text.slice(tokens[start]!.start, head.end);
  return { paragraph: paragraph.index, first: start, last: h, surface, key: foldText(surface), backReference: false, head: singular(head.lower), inQuote: head.quote >= 0 };
}

/**
 * "Grey Harbour's spokeswoman said" opening a sentence: the name finder leaves out a sentence-opening capital word it
 * cannot tell from an ordinary one ("Grey"), but the paragraph writes the same words as one name mid-sentence
 * ("… the next series of Grey Harbour"), so the word belongs to the possessor's name.
 *
 * @example
 * // "Grey Harbour's spokeswoman said: … The next series of Grey Harbour starts in May."
 * openingWordOfName(paragraph, 1, 2) // => true
 */
export function openingWordOfName(paragraph: TokenizedParagraph, start: number, possessive: number): boolean {
  const { tokens } = paragraph;
  const opening = tokens[start - 1];
  if (!opening?.word || !opening.cap || !paragraph.sentenceStarts.includes(start - 1)) return false;
  const name = tokens.slice(start - 1, possessive).map((t) => t.text);
  for (let k = 1; k + name.length <= tokens.length; k++) {
    if (k === start - 1 || paragraph.sentenceStarts.includes(k)) continue;
    if (name.every((word, i) => tokens[k + i]!.text === word)) return true;
  }
  return false;
}

const OF_DETERMINERS: ReadonlySet<string> = new Set(determinersJson.afterOf);
/** Singular nouns for one unnamed person ("user", "broker"): their plurals name a group "One of the …" picks from. */
const PERSON_NOUNS: ReadonlySet<string> = new Set(unnamedJson.people);

/**
 * "One of the victims said …", "One of their lawyers told …", "One of the users said …" opening a sentence: one unnamed
 * person of a group (a listed group noun, or the plural of a title head or of a noun for one person right before a speech
 * verb), as an anonymous source (not "one of their lawyers, NAME", which names them).
 */
function findOneOfGroup(paragraph: TokenizedParagraph, out: AnonymousCandidate[]): void {
  const { tokens } = paragraph;
  for (const start of paragraph.sentenceStarts) {
    const one = tokens[start];
    if (one?.lower !== 'one' || tokens[start + 1]?.lower !== 'of' || !OF_DETERMINERS.has(tokens[start + 2]?.lower ?? '')) continue;
    const noun = tokens[start + 3];
    const after = tokens[afterBetweenWords(tokens, start + 3)];
    if (!noun || !noun.word || noun.cap || !after?.word || after.cap) continue;
    const listed = ONE_OF_NOUNS.has(noun.lower);
    // "One of the users said", "One of their lawyers told": a noun for one person or a title head in the plural counts
    // only right before a speech verb ("One of the lawyers left the firm" is nobody's source).
    const personNoun = PERSON_NOUNS.has(singular(noun.lower)) || TITLE_HEAD_WORDS.has(singular(noun.lower));
    const speakingPeople = noun.lower.endsWith('s') && personNoun && isInflectedSpeechVerb(after.lower);
    if (!listed && !speakingPeople) continue;
    if (out.some((c) => c.first <= start + 3 && c.last >= start)) continue;
    const surface = paragraph.text.slice(one.start, noun.end);
    out.push({ paragraph: paragraph.index, first: start, last: start + 3, surface, key: foldText(surface), backReference: false, head: singular(noun.lower), inQuote: one.quote >= 0 });
  }
}

const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set(determinersJson.partOfAGroup);
/** How many words may describe the part of the group between its noun and the speech verb ("we spoke to"). */
const GROUP_CLAUSE_WORDS = 3;

/**
 * "Several of the protesters told …", "Some of the nurses we spoke to said …" opening a sentence: part of a group of
 * people (a listed group noun or the plural of a noun for one person), then at most three words of a clause that
 * describes them, right before a speech verb, is an anonymous source spanning all of it.
 */
function findSomeOfGroup(paragraph: TokenizedParagraph, out: AnonymousCandidate[]): void {
  const { tokens } = paragraph;
  for (const start of paragraph.sentenceStarts) {
    const quantifier = tokens[start];
    if (!quantifier?.word || !GROUP_QUANTIFIERS.has(quantifier.lower) || tokens[start + 1]?.lower !== 'of' || !OF_DETERMINERS.has(tokens[start + 2]?.lower ?? '')) continue;
    const noun = tokens[start + 3];
    if (!noun?.word || noun.cap || !noun.lower.endsWith('s') || !(ONE_OF_NOUNS.has(noun.lower) || PERSON_NOUNS.has(singular(noun.lower)))) continue;
    let verb = start + 4;
    while (verb <= start + 3 + GROUP_CLAUSE_WORDS && tokens[verb]?.word && tokens[verb]!.quote < 0 && !isInflectedSpeechVerb(tokens[verb]!.lower)) verb++;
    if (!tokens[verb]?.word || tokens[verb]!.cap || !isInflectedSpeechVerb(tokens[verb]!.lower) || tokens[verb + 1]?.lower === 'to') continue;
    const last = verb - 1;
    if (out.some((c) => c.first <= last && c.last >= start)) continue;
    const surface = paragraph.text.slice(quantifier.start, tokens[last]!.end);
    out.push({ paragraph: paragraph.index, first: start, last, surface, key: foldText(surface), backReference: false, head: singular(noun.lower), inQuote: quantifier.quote >= 0 });
  }
}

function isModifier(token: Token): boolean {
  if (token.cap) {
    if (HONORIFICS.has(token.lower) || ANONYMOUS_BACK_DETERMINERS.has(token.lower)) return false; // "This source explained"
    return !['A', 'An', 'The', 'One', 'Two', 'Some', 'Several', 'Many', 'Other'].includes(token.text);
  }
  return ANONYMOUS_MODIFIERS.has(token.lower) && !['two', 'three', 'several', 'some', 'many', 'other'].includes(token.lower) || /-(ranking|level|placed)$/.test(token.lower);
}

function isFollowedByName(tokens: readonly Token[], h: number, nameStarts: ReadonlySet<number>): boolean {
  // "The Liberal Democrat spokesman, Hamish Doyle, said": a role in apposition to the name.
  const comma = tokens[h + 1]?.text === ',';
  let k = comma ? h + 2 : h + 1;
  while (tokens[k] && (HONORIFICS.has(tokens[k]!.lower) || (tokens[k]!.cap && !nameStarts.has(k) && tokens[k + 1]?.cap))) k++;
  if (!nameStarts.has(k)) return false;
  // "According to county officials, Zhukovskyy was driving …": a plural head before a comma is set beside a list of
  // names ("two aides, Ann Roe and Tom Lee,"), never one name; the comma closes the phrase.
  return !(comma && isPluralHead(tokens[h]!.lower) && !nextNameJoined(tokens, k));
}

/**
 * After a body's name ending at `last`, a comma and a person's name closed by another comma: "a spokesman for the
 * ministry, John Roe, said". A body named as a list ("for Energy, Water and Housing, John Roe,") is passed over whole.
 */
function isNamedAfterBody(tokens: readonly Token[], last: number, nameStarts: ReadonlySet<number>): boolean {
  let k = last + 1;
  for (let members = 0; members < 4; members++) {
    if (closesApposition(tokens, k, nameStarts)) return true;
    if (tokens[k]?.text !== ',' || !tokens[k + 1]?.cap) return false;
    k = afterCapitals(tokens, k + 1);
    if (tokens[k]?.lower !== 'and') continue;
    if (!tokens[k + 1]?.cap) return false;
    return closesApposition(tokens, afterCapitals(tokens, k + 1), nameStarts);
  }
  return false;
}

/** At `k`, ", Name," or ", Mr Name,": a person's name set off by commas. */
function closesApposition(tokens: readonly Token[], k: number, nameStarts: ReadonlySet<number>): boolean {
  if (tokens[k]?.text !== ',') return false;
  let m = k + 1;
  while (tokens[m] && HONORIFICS.has(tokens[m]!.lower)) m++;
  if (!nameStarts.has(m)) return false;
  return tokens[afterCapitals(tokens, m)]?.text === ',';
}

/** The first token at or after `k` that is not a capitalised word. */
function afterCapitals(tokens: readonly Token[], k: number): number {
  while (tokens[k]?.word && tokens[k]!.cap) k++;
  return k;
}

/** A plural head ("officials", "sources", "spokespeople"). */
function isPluralHead(head: string): boolean {
  return /s$/.test(head) || head === 'spokespeople' || head === 'people';
}

/** The name starting at `k` is followed, within its capitalised words, by "and"/"&" and another word: a list of names. */
function nextNameJoined(tokens: readonly Token[], k: number): boolean {
  let m = k;
  while (tokens[m]?.word && tokens[m]!.cap) m++;
  if (tokens[m]?.text === ',') m++;
  return tokens[m]?.lower === 'and' || tokens[m]?.lower === '&';
}

function stripTitles(tokens: readonly Token[], first: number, last: number, text: string): string {
  let k = first;
  while (k < last && (HONORIFICS.has(tokens[k]!.lower) || TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower) || tokens[k]!.lower === 'prime' || COUNTRY_DEMONYMS.has(tokens[k]!.text))) k++;
  return text.slice(tokens[k]!.start, tokens[last]!.end);
}

/** The end of "familiar with the matter", "briefed on the talks", "close to the president": the participle, a preposition and a short noun phrase. */
function describedUntil(tokens: readonly Token[], participle: number, quote: number, prepositions: ReadonlySet<string> = DESCRIBING_PREPOSITIONS): number {
  let k = participle + 1;
  if (!prepositions.has(tokens[k]?.lower ?? '')) return participle;
  k++;
  if (['the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(tokens[k]?.lower ?? '')) k++;
  let last = participle;
  for (let n = 0; n < 3 && tokens[k] && tokens[k]!.word && tokens[k]!.quote === quote && !isInflectedSpeechVerb(tokens[k]!.lower) && !DESCRIPTION_ENDS.has(tokens[k]!.lower); n++, k++) {
    // "… Interior Ministry reportedly said": an adverb before the verb is not part of the description.
    if (!tokens[k]!.cap && /ly$/.test(tokens[k]!.lower)) break;
    last = k;
  }
  return last;
}

/** "said", "told", "says": the verb after the source; base forms ("state", "note") are nouns here. */
function isInflectedSpeechVerb(word: string): boolean {
  const verb = SPEECH_VERBS.get(word);
  return verb !== undefined && verb.lemma !== word;
}

/** `\bHEADs\b` for each singular head, compiled once (not global, so reusing it is safe). */
const PLURALS = new Map<string, RegExp>();

function pluralOf(singularHead: string): RegExp {
  let plural = PLURALS.get(singularHead);
  if (!plural) PLURALS.set(singularHead, (plural = new RegExp(`\\b${singularHead}s\\b`)));
  return plural;
}


function singular(word: string): string {
  if (word === 'spokespeople') return 'spokesperson';
  if (word === 'people') return 'person';
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
