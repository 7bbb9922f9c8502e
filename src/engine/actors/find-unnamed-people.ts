/**
 * Unnamed people a reporter quotes: "said one parent", "a grandmother told reporters", "One man told me",
 * "a Facebook user wrote". News names them by a common noun only, so no name or anonymous-source stage finds them.
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameCandidate } from './03-classify-name-runs.ts';
import type { AnonymousCandidate } from './04-find-anonymous-sources.ts';
import { afterBetweenWords, followsQuotedSpeech, isFiniteSpeechVerb, isSubjectOfSpeech } from './speech-verb-forms.ts';
import unnamedJson from '../lexicons/unnamed-speakers.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';
import { asideStart, phraseClosed, phraseEnd, placePhraseEnd } from './unnamed-person-phrases.ts';

const PEOPLE: ReadonlySet<string> = new Set(unnamedJson.people);
/** Capitalised short nouns for one person ("MP", "MEP"), as written. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(unnamedJson.abbreviations);
const DESCRIBED_HEADS: ReadonlySet<string> = new Set(unnamedJson.describedHeads);
/** Role nouns that "the" may open when the body after "of" is indefinite ("the director of a local charity"). */
const INDEFINITE_BODY_HEADS: ReadonlySet<string> = new Set(unnamedJson.indefiniteBodyHeads);
/** How many describing words may stand between the determiner and the noun ("a 60-year-old Leeds fraud victim"). */
const DESCRIBING_WORDS = 3;
const DETERMINERS: ReadonlySet<string> = new Set(unnamedJson.personDeterminers);
const MODIFIERS: ReadonlySet<string> = new Set(unnamedJson.personModifiers);
/** How many tokens after a subject noun a person's name still names it ('a resident, Ann Lee, said'). */
const NAMED_WITHIN = 5;

/**
 * Finds the unnamed people of one paragraph who speak: "a", "an", "one" or "another", at most two describing
 * words, and a person noun ("parent", "resident", "user", "broker", "MP") or a noun described by an "of"/"for" phrase after it
 * ("the head of the internal investigators", "a spokeswoman for the charity"; then "the" may open a described
 * head too), either as the subject right before a speech verb ("One man told me") or right after a speech verb that
 * follows a quotation ("…," said one parent). A listener verb before the noun makes it the listener ("she told a
 * neighbour"), so that order takes only verbs of saying. A person named right after the noun, or anywhere after it
 * in the sentence of a quotation, is that person ("said a protester using the pseudonym Katya"), and a person named
 * in the phrase is someone the article may name elsewhere ("the mother of Amy Hart").
 *
 * @param paragraph The tokenised paragraph.
 * @param names The paragraph's name candidates.
 * @param found The paragraph's anonymous sources already found: their tokens are not taken again.
 * @returns The new anonymous speakers, named without "a"/"an" ("grandmother", "one parent", "Facebook user").
 * @example
 * const p = tokenizeText(0, '"It is a disgrace," said one parent.', [{ start: 0, end: 20 }]);
 * findUnnamedPeople(p, [], []).map((c) => c.surface) // => ['one parent']
 */
export function findUnnamedPeople(paragraph: TokenizedParagraph, names: readonly NameCandidate[], found: readonly AnonymousCandidate[]): AnonymousCandidate[] {
  const { tokens } = paragraph;
  const starts = new Set(paragraph.sentenceStarts);
  const out: AnonymousCandidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k]!;
    if (!mayHeadUnnamedPerson(noun) || describesNounAfter(tokens, k)) continue;
    const phrase = describedPhrase(tokens, k);
    if (phrase === undefined) continue;
    // "said a traveler at Logan Airport in Boston": the place is part of who speaks.
    const [last, next] = placePhraseEnd(tokens, phrase.described);
    const first = describingWordsStart(tokens, k, starts);
    const determiner = tokens[first - 1];
    if (determiner === undefined || !opensUnnamedPerson(determiner, noun, last > k, phrase.indefiniteBody)) continue;
    const opening = first - 1;
    // "A traveler at Boise Airport in Idaho said": the verb follows the state that ends the phrase of place.
    const subject = isSubjectOfSpeech(tokens, next - 1, opening, starts);
    if (!subject && !(phraseClosed(tokens, k, last, next) && followsQuotedSpeech(tokens, opening))) continue;
    if (overlapsFound(found, paragraph.index, opening, last)) continue;
    if (namedNearby(tokens, names, { noun: k, ...phrase, last, next, subject })) continue;
    out.push(unnamedCandidate(paragraph, determiner, first, last, noun));
  }
  return out;
}

/** The span of one unnamed-person candidate: noun, end of its "of"/"for" phrase, end and next of its phrase of place. */
interface CandidateSpan {
  /** The head noun's token. */
  readonly noun: number;
  /** The last token of the "of"/"for" phrase after the noun, or the noun. */
  readonly described: number;
  /** Whether the phrase is "of a/an …" (a body no reader can name). */
  readonly indefiniteBody: boolean;
  /** The last token of the phrases of place after it, or the noun. */
  readonly last: number;
  /** The token after what those phrases cover. */
  readonly next: number;
  /** Whether the span is the subject right before a speech verb. */
  readonly subject: boolean;
}

/** Step 1: a word that may head an unnamed speaker: a person noun, or a lower-case head an "of"/"for" phrase describes. */
function mayHeadUnnamedPerson(noun: Token): boolean {
  return noun.word && noun.quote < 0 && (isPersonNoun(noun) || (!noun.cap && (DESCRIBED_HEADS.has(noun.lower) || INDEFINITE_BODY_HEADS.has(noun.lower))));
}

/** Step 2: the noun only describes a person noun after it ("local" in "a local shopkeeper"), so it is no speaker itself. */
function describesNounAfter(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1];
  const second = tokens[k + 2];
  // "said a local shopkeeper": a person noun right before another one describes it ("local" is no speaker here).
  if (after?.word && !after.cap && PEOPLE.has(after.lower)) return true;
  // "said a local restaurant owner": nor before a noun that, with the next, names a person ("restaurant owner").
  if (after?.word && !after.cap && second?.word && !second.cap && PEOPLE.has(second.lower) && !isFiniteSpeechVerb(after.lower)) return true;
  // "said a veteran TSA officer": nor before a capitalised word and a person noun ("TSA officer").
  return Boolean(after?.word && after.cap && after.quote < 0 && second?.word && !second.cap && PEOPLE.has(second.lower));
}

/**
 * Step 3: the "of"/"for" phrase after the noun, when the noun with it may name an unnamed person: a person noun
 * with or without one, a described head with one, or any listed head with "of a/an …" ("the director of a local charity":
 * a role in a body no reader can name describes someone unnamed); `undefined` otherwise.
 */
function describedPhrase(tokens: readonly Token[], k: number): { described: number; indefiniteBody: boolean } | undefined {
  const noun = tokens[k]!;
  const described = phraseEnd(tokens, k);
  if (described === k && !isPersonNoun(noun)) return undefined;
  const indefiniteBody = described > k && tokens[k + 1]!.lower === 'of' && ['a', 'an'].includes(tokens[k + 2]!.lower);
  if (!isPersonNoun(noun) && !DESCRIBED_HEADS.has(noun.lower) && !indefiniteBody) return undefined;
  return { described, indefiniteBody };
}

/** Step 4: the first of at most DESCRIBING_WORDS describing words before the noun ("a 60-year-old Leeds fraud victim"). */
function describingWordsStart(tokens: readonly Token[], k: number, starts: ReadonlySet<number>): number {
  let first = k;
  while (first > 0 && k - first < DESCRIBING_WORDS && (isDescribing(tokens[first - 1]!, starts.has(first - 1)) || isNounModifier(tokens, first - 1, k))) first--;
  return first;
}

/**
 * Step 5: a determiner that opens an unnamed person: "a", "an", "one", "another" …; "the" only before a described
 * head or an indefinite body with a phrase after the noun. "The owner of the shop said" may be someone named before;
 * "the head of the unit's investigators" is described.
 */
function opensUnnamedPerson(determiner: Token, noun: Token, hasPhrase: boolean, indefiniteBody: boolean): boolean {
  return determiner.word && (DETERMINERS.has(determiner.lower) || (hasPhrase && determiner.lower === 'the' && (DESCRIBED_HEADS.has(noun.lower) || indefiniteBody)));
}

/** Step 7: an anonymous source already found covers part of the span. */
function overlapsFound(found: readonly AnonymousCandidate[], paragraph: number, opening: number, last: number): boolean {
  return found.some((c) => c.paragraph === paragraph && c.first <= last && c.last >= opening);
}

/**
 * Step 8: a person named near the noun is that person, or someone the article may name elsewhere, so the noun is
 * no unnamed speaker. "A protester using the pseudonym Katya" is Katya; "the mother of Amy Hart" is someone the
 * article may name elsewhere. After the quotation the rest of the sentence may name them ("…," said a man who gave
 * his name only as Ali). A dash or "where" opens an aside about the place ("— where Sen. Ann Lee voted …"): names in
 * it are not the speaker's. A name after the subject's own verb is what they speak of ("An organizer said Ann Lee was
 * not there"); a spokesperson "for the agency" is left to the stages that give their words to the body they speak for.
 * A capitalised word opening a quotation ("… told the court “Basic checks were not done.”") names nobody. A name
 * inside the phrase of place ("at William P. Hobby Airport", "in Nevada") is part of the place. A name inside the
 * phrase of an indefinite body describes the body ("the owner of a Memphis tax service").
 */
function namedNearby(tokens: readonly Token[], names: readonly NameCandidate[], span: CandidateSpan): boolean {
  const { noun: k, described, indefiniteBody, last, next, subject } = span;
  const reach = subject ? (described === k ? Math.min(last + NAMED_WITHIN, afterBetweenWords(tokens, next - 1, true) - 1) : last + NAMED_WITHIN) : asideStart(tokens, last);
  const sentence = tokens[k]!.sentence;
  return names.some((n) => (n.kind === 'person' || n.kind === 'surname') && n.first > k && !(n.first > (indefiniteBody ? k : described) && n.first < next) && n.first <= reach && tokens[n.first]!.sentence === sentence && tokens[n.first]!.quote < 0);
}

/** Step 9: the candidate, named without "a"/"an"/"the" but with "one"/"another" ("grandmother", "one parent"). */
function unnamedCandidate(paragraph: TokenizedParagraph, determiner: Token, first: number, last: number, noun: Token): AnonymousCandidate {
  const surfaceFirst = ['one', 'another'].includes(determiner.lower) ? first - 1 : first;
  const surface = paragraph.text.slice(paragraph.tokens[surfaceFirst]!.start, paragraph.tokens[last]!.end);
  return { paragraph: paragraph.index, first: surfaceFirst, last, surface, key: foldText(surface), backReference: false, head: noun.lower, inQuote: false };
}

/**
 * "restaurant" in "a (local) restaurant owner", "veteran" in "a 10-year veteran TSA officer", "football" in "one college
 * football player": a lower-case word among the describing words before the person noun, after a determiner, a
 * describing word or another such noun, is a noun that describes it.
 */
function isNounModifier(tokens: readonly Token[], m: number, noun: number): boolean {
  const t = tokens[m]!;
  const before = tokens[m - 1];
  if (m < noun - DESCRIBING_WORDS || !t.word || t.cap || t.quote >= 0 || DETERMINERS.has(t.lower) || isFiniteSpeechVerb(t.lower) || !before?.word) return false;
  return DETERMINERS.has(before.lower) || isDescribing(before, false) || isNounModifier(tokens, m - 1, noun);
}

/** "60-year-old", "six-year-old", "10-year" (veteran): an age or a length of service, which describes the person after it. */
function isAge(token: Token): boolean {
  // "-year" first: most words lack it, and are not read by the expression's Unicode classes.
  return token.word && !token.cap && token.quote < 0 && token.lower.includes('-year') && /^[\p{L}\p{N}]+-years?(?:-old)?$/u.test(token.lower);
}

/** A noun for one person: a listed lower-case noun ("parent", "broker") or a listed abbreviation ("MP"). */
function isPersonNoun(noun: Token): boolean {
  return noun.cap ? ABBREVIATIONS.has(noun.text) : PEOPLE.has(noun.lower);
}

/** A word that may describe the person: a listed lower-case word, or a capitalised one inside the sentence ("Facebook"). */
function isDescribing(token: Token, sentenceStart: boolean): boolean {
  if (!token.word || token.quote >= 0 || DETERMINERS.has(token.lower)) return false;
  if (isAge(token)) return true;
  return token.cap ? !sentenceStart : MODIFIERS.has(token.lower);
}

