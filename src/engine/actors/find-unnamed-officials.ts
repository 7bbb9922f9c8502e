/**
 * Officials and aides named only by their post, with an owner or a describing word that sets them apart:
 * "The local health minister said", "The township magistrate of the Orchid Island asked", "His agent told the Times",
 * "President Castro's chief aide said". News keys give their words to the post as an anonymous speaker; no name,
 * anonymous-source or unnamed-people stage finds them (those need "a", "one" or a listed person noun).
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameCandidate } from './03-classify-name-runs.ts';
import type { AnonymousCandidate } from './04-find-anonymous-sources.ts';
import { isFiniteSpeechVerb, isSubjectOfSpeech } from './speech-verb-forms.ts';
import officialsJson from '../lexicons/unnamed-officials.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';

const HEADS: ReadonlySet<string> = new Set(officialsJson.heads);
const POSSESSIVES: ReadonlySet<string> = new Set(officialsJson.possessives);
const NOT_MODIFIERS: ReadonlySet<string> = new Set(officialsJson.notModifiers);
/** How many lower-case describing words may stand between the determiner or owner and the post ("local health"). */
const DESCRIBING_WORDS = 2;
/** How many capitalised words an "of" phrase after the post may have ("of the Orchid Island"). */
const PLACE_WORDS = 4;
/** How many tokens after the post a person's name still names its holder ("His agent, Tom Bell, said"). */
const NAMED_WITHIN = 5;

/** The posts of one article: those it gives to named people, and those it describes by a place. */
export interface ArticlePosts {
  /** Post nouns the article gives to someone named ("Health Minister Ann Lee", "Tom Bell, his agent,"). */
  given: ReadonlySet<string>;
  /** Describing words and post the article opens with "the" and an "of" place ("township magistrate"). */
  described: ReadonlySet<string>;
}

/**
 * The posts of the article: a post noun right before a capitalised word ("Health Minister Ann Lee", "agent Tom
 * Bell") or after a name and a comma ("Tom Bell, his agent,") is given to someone named, and is withheld everywhere
 * ("his agent said" may be the named agent); "the", describing words, the post and "of" and a capitalised place
 * ("the township magistrate of the Orchid Island") describe a post, which "the township magistrate" then names.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @returns The given post nouns and the described posts, folded.
 * @example
 * findArticlePosts([tokenizeText(0, 'Health Minister Ann Lee spoke.', [])]).given // => Set { 'minister' }
 */
export function findArticlePosts(paragraphs: readonly TokenizedParagraph[]): ArticlePosts {
  const given = new Set<string>();
  const described = new Set<string>();
  for (const { tokens } of paragraphs) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!t.word || !HEADS.has(t.lower)) continue;
      const next = tokens[k + 1];
      if (next?.word && next.cap && next.quote < 0) given.add(t.lower);
      let m = k - 1;
      while (m >= 0 && k - m <= DESCRIBING_WORDS + 1 && tokens[m]!.word && !tokens[m]!.cap) m--;
      if (m > 0 && tokens[m]!.text === ',' && tokens[m - 1]!.word && tokens[m - 1]!.cap) given.add(t.lower);
      const first = describingStart(tokens, k);
      if (first < k && tokens[first - 1]?.lower === 'the' && ofPlaceEnd(tokens, k) > k) described.add(postKey(tokens, first, k));
    }
  }
  return { given, described };
}

/** The folded describing words and post ("township magistrate"). */
function postKey(tokens: readonly Token[], first: number, noun: number): string {
  return tokens.slice(first, noun + 1).map((t) => t.lower).join(' ');
}

/**
 * Finds the officials of one paragraph named by their post who speak: "the" and one or two lower-case describing
 * words with "of" and a capitalised place after the post (or the same words the article so described), "his"/"her"/"their", or a name and "'s" (with its title), then a listed post noun and optionally "of" and a
 * capitalised place, as the subject right before a speech verb. A person named right after the post is its holder,
 * and a post the article gives to a named person anywhere is withheld.
 *
 * @param paragraph The tokenised paragraph.
 * @param names The paragraph's name candidates.
 * @param found The paragraph's anonymous speakers already found: their tokens are not taken again.
 * @param posts The article's posts given to named people and described posts (`findArticlePosts`).
 * @returns The new anonymous speakers, named without "the" ("local health minister", "His agent").
 * @example
 * const p = tokenizeText(0, 'The local health minister said the roads were shut.', []);
 * findUnnamedOfficials(p, [], [], findArticlePosts([p])).map((c) => c.surface) // => ['local health minister']
 */
export function findUnnamedOfficials(paragraph: TokenizedParagraph, names: readonly NameCandidate[], found: readonly AnonymousCandidate[], posts: ArticlePosts): AnonymousCandidate[] {
  const { given, described } = posts;
  const { tokens } = paragraph;
  const starts = new Set(paragraph.sentenceStarts);
  const out: AnonymousCandidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k]!;
    if (!noun.word || noun.cap || noun.quote >= 0 || !HEADS.has(noun.lower) || given.has(noun.lower)) continue;
    const first = describingStart(tokens, k);
    const before = tokens[first - 1];
    if (!before) continue;
    let opening: number;
    let surfaceFirst: number;
    const last = ofPlaceEnd(tokens, k);
    if (before.word && before.lower === 'the' && first < k) {
      // "the first minister said" is someone the article names; "the township magistrate of the Orchid Island" is
      // described, and "the township magistrate" after it is the same post.
      if (last === k && !described.has(postKey(tokens, first, k))) continue;
      opening = first - 1;
      surfaceFirst = first;
    } else if (before.word && POSSESSIVES.has(before.lower)) {
      opening = first - 1;
      surfaceFirst = opening;
    } else if (before.text === "'s" || before.lower === "'s") {
      const owner = names.find((n) => n.last === first - 2 && namesPerson(n));
      if (!owner) continue;
      opening = owner.first;
      // "President Castro's": a title before the name opens the phrase.
      while (opening > 0 && tokens[opening - 1]!.word && tokens[opening - 1]!.cap && !starts.has(opening)) opening--;
      surfaceFirst = opening;
    } else continue;
    if (!isSubjectOfSpeech(tokens, last, opening, starts)) continue;
    if (found.some((c) => c.first <= last && c.last >= opening)) continue;
    // "His agent, Tom Bell, said": the name is the holder's.
    if (names.some((n) => namesPerson(n) && n.first > last && n.first <= last + NAMED_WITHIN && tokens[n.first]!.sentence === noun.sentence && tokens[n.first]!.quote < 0)) continue;
    const surface = paragraph.text.slice(tokens[surfaceFirst]!.start, tokens[last]!.end);
    out.push({ paragraph: paragraph.index, first: surfaceFirst, last, surface, key: foldText(surface), backReference: false, head: noun.lower, inQuote: false });
  }
  return out;
}

/** The first of up to two describing words right before the post at `noun` ("local health minister"), or the post. */
function describingStart(tokens: readonly Token[], noun: number): number {
  let first = noun;
  while (first > 0 && noun - first < DESCRIBING_WORDS && isDescribing(tokens[first - 1]!)) first--;
  return first;
}

/** Whether a name candidate names a person (in full or by surname). */
function namesPerson(n: NameCandidate): boolean {
  return n.kind === 'person' || n.kind === 'surname';
}

/** A lower-case word outside quotes that may describe the post ("local", "health", "township", "chief"). */
function isDescribing(token: Token): boolean {
  return token.word && !token.cap && token.quote < 0 && token.lower !== 'the' && !POSSESSIVES.has(token.lower) && !NOT_MODIFIERS.has(token.lower) && !isFiniteSpeechVerb(token.lower) && /^\p{L}[\p{L}-]*$/u.test(token.text);
}

/** The last token of "of", an optional "the" and capitalised words after the post ("of the Orchid Island"), or the post. */
function ofPlaceEnd(tokens: readonly Token[], noun: number): number {
  if (tokens[noun + 1]?.lower !== 'of') return noun;
  let m = noun + 2;
  if (tokens[m]?.lower === 'the') m++;
  const from = m;
  while (m < from + PLACE_WORDS && tokens[m]?.word && tokens[m]!.cap && tokens[m]!.quote < 0) m++;
  return m > from ? m - 1 : noun;
}
