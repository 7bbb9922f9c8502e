/**
 * Crowds a reporter quotes by a plural common noun only: "lenders have said", "Lawyers for news organisations said",
 * "G7 ministers called for …", "…," said campaigners. News keys name them by the words of the text ("G7 ministers"),
 * and no name or anonymous-source stage finds them.
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameCandidate } from './03-classify-name-runs.ts';
import type { AnonymousCandidate } from './04-find-anonymous-sources.ts';
import { ANONYMOUS_MODIFIERS, SENTENCE_ADVERBS, SPEECH_VERBS } from './load-lexicons.ts';
import { afterBetweenWords, followsQuotedSpeech, isSubjectOfSpeech } from './speech-verb-forms.ts';
import { phraseEnd, placePhraseEnd } from './unnamed-person-phrases.ts';
import pluralJson from '../lexicons/plural-speakers.json' with { type: 'json' };
import determinersJson from '../lexicons/determiners.json' with { type: 'json' };
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };
import unnamedJson from '../lexicons/unnamed-speakers.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';

const PEOPLE: ReadonlySet<string> = new Set(pluralJson.people);
/** Nouns for organisations: "the" before them points back to bodies the article names ("the two firms said"). */
const BODIES: ReadonlySet<string> = new Set(pluralJson.bodies);
/** Words before the crowd that say how many of it speak ("some", "many", "two"): not part of its name. */
const QUANTIFIERS: ReadonlySet<string> = new Set([...determinersJson.crowdQuantifiers, ...determinersJson.partOfAGroup].filter((w) => w !== 'the'));
const MODIFIERS: ReadonlySet<string> = new Set([...pluralJson.modifiers, ...ANONYMOUS_MODIFIERS, ...unnamedJson.personModifiers].filter((w) => !QUANTIFIERS.has(w)));
/** Capitalised words that open a sentence without describing the noun after them ("However", "The", "Some"). */
const NOT_DESCRIBING: ReadonlySet<string> = new Set([...pluralJson.notDescribing, ...functionWordsJson.nameRun, ...SENTENCE_ADVERBS, ...QUANTIFIERS]);
/** Verbs of saying whose crowd subject does rather than says ("US firms added 146,000 jobs", "companies have announced $5bn"). */
const DEED_VERBS: ReadonlySet<string> = new Set(pluralJson.deedVerbs);
/** "a number of", "dozens of": phrases that say how many of the crowd speak, word by word. */
const QUANTITY_PHRASES: readonly (readonly string[])[] = pluralJson.quantityPhrases.map((p) => p.split(' '));
/** "over", "nearly": words that bound a number before the crowd ("over 60 organizations"). */
const NUMBER_BOUNDS: ReadonlySet<string> = new Set(pluralJson.numberBounds);
/** How many describing words may stand before the noun ("G7 finance ministers"). */
const DESCRIBING_WORDS = 2;

/**
 * Finds the crowds of one paragraph that speak: a listed plural noun for people or bodies, with at most two describing
 * words before it (listed lower-case words, or capitalised words: "mortgage lenders", "G7 ministers") and an
 * "of"/"for" phrase or a phrase of place after it ("Lawyers for news organisations", "travellers at Heathrow
 * Airport"), either as the subject right before a speech verb, opening its clause ("…, lenders have said",
 * "Some campaigners said"), or right after a verb of saying that follows a quotation ("…," said campaigners). A
 * quantifier before it ("some", "two") is no part of its name. "The" may open a crowd of people ("the participants
 * said"), not one of bodies ("the two firms said" points back to firms the article names), nor "the" with a
 * quantifier ("the two lawyers"). A person named inside the phrase, between the noun and its verb or after an inverted
 * verb in the sentence is the crowd's voice or its owner ("Lawyers for Ann Roe said", "Campaigners, led by Ann Roe,
 * said"), so the crowd is left out and the words go to nobody or to that person.
 *
 * @param paragraph The tokenised paragraph.
 * @param names The paragraph's name candidates.
 * @param found The paragraph's anonymous sources already found: their tokens are not taken again.
 * @returns The new crowds, named by the words of the text without determiner or quantifier, marked `crowd`.
 * @example
 * const p = tokenizeText(0, 'Approvals fell in January, mortgage lenders have said.', []);
 * findPluralSpeakers(p, [], []).map((c) => c.surface) // => ['mortgage lenders']
 */
export function findPluralSpeakers(paragraph: TokenizedParagraph, names: readonly NameCandidate[], found: readonly AnonymousCandidate[]): AnonymousCandidate[] {
  const { tokens } = paragraph;
  const starts = new Set(paragraph.sentenceStarts);
  const out: AnonymousCandidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const noun = tokens[k]!;
    if (!mayHeadCrowd(noun, starts.has(k)) || names.some((n) => n.first <= k && n.last >= k)) continue;
    // "lenders' association", "the researchers' report": a possessive describes what follows.
    if (/^['’]s?$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 1]!.start === noun.end) continue;
    const described = phraseEnd(tokens, k);
    const [last, next] = placePhraseEnd(tokens, described);
    const first = describingWordsStart(tokens, k, starts);
    const opening = openingOf(tokens, first, noun);
    if (opening === undefined) continue;
    const subject = isSubjectOfSpeech(tokens, next - 1, quantityPhraseStart(tokens, opening) ?? opening, starts, true);
    // "…," said campaigners.: the inverted crowd ends its clause ("Roe, the firm's chief, said consumers face …" does not).
    const inverted = !subject && !tokens[next]?.word && followsQuotedSpeech(tokens, opening);
    if (!subject && !inverted) continue;
    if (subject && DEED_VERBS.has(SPEECH_VERBS.get(tokens[afterBetweenWords(tokens, next - 1, true)]!.lower)?.lemma ?? '')) continue;
    // "…," wrote the lawmakers.: "the" before a listed noun for people is no back reference to a source here, it names
    // the crowd that speaks (round 47).
    if (found.some((c) => c.paragraph === paragraph.index && c.first <= last && c.last >= opening && !c.backReference)) continue;
    if (out.some((c) => c.first <= last && c.last >= opening)) continue;
    const reach = subject ? afterBetweenWords(tokens, next - 1, true) - 1 : tokens.length;
    if (personNamed(tokens, names, k, reach)) continue;
    // "A number of senators said", "over 60 organizations said": a quantity phrase stays in the crowd's name, as keys give it.
    const counted = quantityPhraseStart(tokens, opening);
    const surface = paragraph.text.slice(tokens[counted ?? first]!.start, tokens[last]!.end);
    out.push({ paragraph: paragraph.index, first, last, surface, key: foldText(surface), backReference: false, head: noun.lower, inQuote: false, crowd: true });
  }
  return out;
}

/** A listed plural noun outside quotations, lower case or opening its sentence ("Lenders have said"). */
function mayHeadCrowd(noun: Token, sentenceStart: boolean): boolean {
  return noun.word && noun.quote < 0 && (!noun.cap || sentenceStart) && (PEOPLE.has(noun.lower) || BODIES.has(noun.lower));
}

/** The first of at most two describing words before the noun at `k`, or `k`. */
function describingWordsStart(tokens: readonly Token[], k: number, starts: ReadonlySet<number>): number {
  let first = k;
  while (first > 0 && k - first < DESCRIBING_WORDS && isDescribing(tokens[first - 1]!, starts.has(first - 1))) first--;
  return first;
}

/** A listed lower-case describing word, or a capitalised word that is no function word, adverb or quantifier. */
function isDescribing(token: Token, sentenceStart: boolean): boolean {
  if (!token.word || token.quote >= 0) return false;
  if (!token.cap) return MODIFIERS.has(token.lower);
  if (!sentenceStart) return !NOT_DESCRIBING.has(token.lower);
  return !NOT_DESCRIBING.has(token.lower) && !/ly$/.test(token.lower);
}

/**
 * The first token of the crowd's phrase with its determiner or quantifier ("the participants", "some lenders",
 * "more than 20 ministers"), or undefined when "the" points back: before a noun for bodies, or before a quantifier.
 */
function openingOf(tokens: readonly Token[], first: number, noun: Token): number | undefined {
  let opening = first;
  if (isQuantifier(tokens[opening - 1])) {
    opening--;
    // "5,196 firms": the rest of a number written with commas.
    while (/^[\d,.]+$/.test(tokens[opening - 1]?.text ?? '') && tokens[opening - 1]!.end === tokens[opening]!.start) opening--;
    // "more than 20", "at least two": the words that bound the number.
    if (['than', 'least'].includes(tokens[opening - 1]?.lower ?? '') && tokens[opening - 2]?.word) opening -= 2;
    return tokens[opening - 1]?.lower === 'the' ? undefined : opening;
  }
  if (tokens[opening - 1]?.lower !== 'the') return opening;
  return BODIES.has(noun.lower) ? undefined : opening - 1;
}

/**
 * The first token of a quantity phrase ending right before `opening` ("A number of", "a group of" before "five MPs",
 * "over" before "60 organizations"), or undefined when none stands there.
 *
 * @example
 * // "A number of analysts said": the crowd opens at "analysts" (3); the phrase at "A"
 * quantityPhraseStart(tokens, 3) // => 0
 */
export function quantityPhraseStart(tokens: readonly Token[], opening: number): number | undefined {
  const before = tokens[opening - 1];
  if (before && before.quote < 0 && NUMBER_BOUNDS.has(before.lower) && /^[\d,.]+$/.test(tokens[opening]?.text ?? '')) return opening - 1;
  for (const phrase of QUANTITY_PHRASES) {
    const from = opening - phrase.length;
    if (from >= 0 && phrase.every((w, i) => tokens[from + i]!.lower === w && tokens[from + i]!.quote < 0)) return from;
  }
  return undefined;
}

/** "some", "two", "20": a word that says how many. */
function isQuantifier(token: Token | undefined): boolean {
  return token !== undefined && token.word && token.quote < 0 && (QUANTIFIERS.has(token.lower) || /^\d+$/.test(token.text));
}

/** A person named from the noun at `k` up to `reach` in its sentence (outside quotations). */
function personNamed(tokens: readonly Token[], names: readonly NameCandidate[], k: number, reach: number): boolean {
  const sentence = tokens[k]!.sentence;
  return names.some((n) => (n.kind === 'person' || n.kind === 'surname') && n.first > k && n.first <= reach && tokens[n.first]!.sentence === sentence && tokens[n.first]!.quote < 0);
}
