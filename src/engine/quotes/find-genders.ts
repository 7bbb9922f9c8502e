/**
 * The genders an article gives its people, read only from how the text refers to them (honorifics,
 * gendered role and kinship nouns, "he"/"she"/"his"/"her" where one person can be meant), never
 * from first names; used to resolve "he", "she" and gendered epithets ("the actress").
 */
import type { Mention, TokenizedParagraph } from '../actors/index.ts';
import { EPITHET_NEUTRAL, FEMALE_CUES, MALE_CUES, NATIONALITY_NOUNS, PERSON_PRONOUNS, RELATION_NOUNS, SPEECH_VERBS } from '../actors/load-lexicons.ts';
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };
import { objectPronounOfGender, pronounContinuesAnother, quotedPeopleBefore } from './gender-pronoun-window.ts';
import type { Gender } from './gender.ts';

export type { Gender } from './gender.ts';

/** A paragraph's mentions (the part of `MentionIndex` read here). */
interface MentionList {
  readonly list: readonly Mention[];
}

/**
 * The gender an epithet gives its person: "the actress", "the Scotswoman" (she), "the Welshman"
 * (he); "the champion", "the actor" (written for women too) give none.
 *
 * @param paragraph The epithet's paragraph.
 * @param the The index of the epithet's "the".
 * @example
 * epithetGender(tokenizeText(0, 'the Oscar-winning actress said', []), 0) // => 'female'
 * epithetGender(tokenizeText(0, 'the writer said his brother', []), 0) // => 'unknown'
 */
export function epithetGender(paragraph: TokenizedParagraph, the: number): Gender {
  const { tokens } = paragraph;
  for (let k = the + 1; k <= the + 5 && tokens[k]?.word; k++) {
    const lower = tokens[k]!.lower;
    if (EPITHET_NEUTRAL.has(lower)) return 'unknown';
    // "the writer said Big Brother had …": the words after the verb of saying are what was said, no part of the epithet.
    if (!tokens[k]!.cap && SPEECH_VERBS.has(lower)) return 'unknown';
    const gender = genderOfWord(lower) ?? (NATIONALITY_NOUNS.has(lower) ? (/wom[ae]n$/.test(lower) ? 'female' : /m[ae]n$/.test(lower) ? 'male' : undefined) : undefined);
    if (gender) return gender;
  }
  return 'unknown';
}

/**
 * The gender a word shows ("spokeswoman", "husband", "Mr"), if any.
 *
 * @param lower The word in lower case.
 * @example
 * genderOfWord('widow') // => 'female'
 */
export function genderOfWord(lower: string): Gender | undefined {
  if (MALE_CUES.has(lower)) return 'male';
  if (FEMALE_CUES.has(lower)) return 'female';
  return undefined;
}

/**
 * The grammatical gender the article gives each person: from an honorific or a gendered noun
 * right before a mention ("Mrs Dunmore", "her husband, Gary Dunmore", "a spokeswoman"; not a noun
 * written for women too, "voice actor NAME"), else from
 * "he"/"she", or "his"/"her" owning a named kin ("with his wife, Ann Rowe"), where only one
 * person can be meant (the only person named earlier in the sentence, or in the sentence before, not after a "he" or
 * "she" of its own: "she was reunited with Carpenter" ⏎ "She …" says nothing of Carpenter).
 * Conflicting evidence leaves the gender unknown.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions.
 * @example
 * findGenders(paragraphs, index).get('tracey-dunmore') // => 'female'  (from "Mrs Dunmore")
 */
export function findGenders(paragraphs: readonly TokenizedParagraph[], index: readonly MentionList[]): Map<string, Gender> {
  const strong = new Map<string, Gender>();
  const weak = new Map<string, Gender>();
  const note = (map: Map<string, Gender>, actor: string, gender: Gender): void => {
    const known = map.get(actor);
    map.set(actor, known === undefined || known === gender ? gender : 'unknown');
  };
  paragraphs.forEach((paragraph, position) => {
    const { tokens } = paragraph;
    for (const m of index[position]!.list) {
      if (m.kind !== 'person' && m.kind !== 'anonymous') continue;
      let k = appositiveRoleStart(tokens, m.first) - 1;
      if (tokens[k]?.text === ',') k--;
      const before = tokens[k] ? genderOfWord(tokens[k]!.lower) : undefined;
      // "US voice actor Alexis Tipton": a role noun written for women too shows no gender before a name either.
      const neutral = EPITHET_NEUTRAL.has(tokens[k]?.lower ?? '');
      if (before && !neutral && !PERSON_PRONOUNS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'his' && tokens[k]!.lower !== 'her') note(strong, m.actor, before);
      if (m.kind === 'anonymous') {
        const head = genderOfWord(tokens[m.last]!.lower);
        if (head) note(strong, m.actor, head);
      }
    }
  });
  paragraphs.forEach((paragraph, position) => {
    const { tokens } = paragraph;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.quote >= 0) {
        // "“Ann Roe has got as far as she can go,” he said.": a quoted pronoun after the only person its quoted sentence names.
        const quoted = t.lower === 'he' || t.lower === 'she' ? new Set(quotedPeopleBefore(paragraph, index[position]!.list, k).map((m) => m.actor)) : undefined;
        if (quoted?.size === 1) note(weak, [...quoted][0]!, t.lower === 'he' ? 'male' : 'female');
        continue;
      }
      if (!(t.lower === 'he' || t.lower === 'she' || ownsNamedKin(paragraph, index[position]!, k))) continue;
      const gender: Gender = t.lower === 'he' || t.lower === 'his' ? 'male' : 'female';
      const isPerson = (m: Mention): boolean => (m.kind === 'person' || m.kind === 'anonymous') && !m.inQuote && !isPossessor(paragraphs[position]!, m);
      let window = index[position]!.list.filter((m) => isPerson(m) && tokens[m.first]!.sentence === t.sentence && m.last < k && !pronounContinuesAnother(paragraph, k, m.first));
      if (window.length === 0) {
        if (pronounContinuesAnother(paragraph, k)) continue;
        if (t.sentence > 0) window = index[position]!.list.filter((m) => isPerson(m) && tokens[m.first]!.sentence === t.sentence - 1 && !afterPronoun(tokens, m.first));
        else if (position > 0) {
          const previous = paragraphs[position - 1]!;
          const lastSentence = previous.sentenceStarts.length - 1;
          window = index[position - 1]!.list.filter((m) => (m.kind === 'person' || m.kind === 'anonymous') && !m.inQuote && !isPossessor(previous, m) && previous.tokens[m.first]!.sentence === lastSentence && !afterPronoun(previous.tokens, m.first));
        }
      }
      // "Ozzy gave her the rings." ⏎ "She said …": another person of that gender in the window may be the one meant.
      const windowTokens = window.length > 0 && window[0]!.paragraph !== paragraph.index ? paragraphs[position - 1]!.tokens : tokens;
      if (window.some((m) => objectPronounOfGender(windowTokens, m.last, windowTokens === tokens ? k : windowTokens.length, gender))) continue;
      const actors = new Set(window.map((m) => m.actor));
      if (actors.size === 1) note(weak, window[0]!.actor, gender);
    }
  });
  for (const [actor, gender] of weak) if (!strong.has(actor)) strong.set(actor, gender);
  return strong;
}

/**
 * True when a token is "his" or "her" owning a kinship or gendered noun that a name follows ("with
 * his wife, ex-model Sandra", "her husband Tom Dee"): the owner is someone else, of that gender.
 *
 * @param paragraph The paragraph.
 * @param mentions Its mentions.
 * @param k The token of "his" or "her".
 * @example
 * ownsNamedKin(paragraphOf('Tom Vell came with his wife, Ann Rowe.'), mentions, 3) // => true
 */
export function ownsNamedKin(paragraph: TokenizedParagraph, mentions: MentionList, k: number): boolean {
  const { tokens } = paragraph;
  if (tokens[k]!.lower !== 'his' && tokens[k]!.lower !== 'her') return false;
  const noun = tokens[k + 1];
  if (!noun?.word || noun.cap || !(RELATION_NOUNS.has(noun.lower) || genderOfWord(noun.lower))) return false;
  // "Ann Rowe said (that) his wife, Jo, had left": opening what a speech verb reports, the owner may be anyone the speaker talks about.
  const reported = tokens[k - 1]?.lower === 'that' ? k - 2 : k - 1;
  if (tokens[reported] && tokens[reported]!.quote < 0 && SPEECH_VERBS.has(tokens[reported]!.lower)) return false;
  // The name: a person's mention, or a capitalised word the actor stages left as no actor ("Sandra").
  for (let n = k + 2; n <= k + 5 && tokens[n]; n++) {
    if (!tokens[n]!.cap || !tokens[n]!.word) continue;
    const named = mentions.list.some((m) => m.first === n && m.kind === 'person' && !m.inQuote) || !mentions.list.some((m) => m.first <= n && n <= m.last);
    return named && appositiveRoleStart(tokens, n) - (tokens[k + 2]?.text === ',' ? 1 : 0) <= k + 2;
  }
  return false;
}

/**
 * Where the lower-case role words of an appositive before a name start, after its comma ("his
 * wife, ex-model Sandra", "her husband, retired miner Tom Dee": the index of "ex-model",
 * "retired"); the name's own index when no such words follow a comma. One or two lower-case
 * words, none a function word, an auxiliary or a word that opens a phrase.
 *
 * @param tokens The paragraph's tokens.
 * @param name The index of the name's first token.
 * @example
 * appositiveRoleStart(tokenizeText(0, 'his wife, ex-model Sandra', []).tokens, 4) // => 3
 */
export function appositiveRoleStart(tokens: TokenizedParagraph['tokens'], name: number): number {
  const isRoleWord = (k: number): boolean => tokens[k]?.word === true && !tokens[k]!.cap && !FUNCTION_WORDS.has(tokens[k]!.lower);
  if (!isRoleWord(name - 1)) return name;
  if (tokens[name - 2]?.text === ',') return name - 1;
  return isRoleWord(name - 2) && tokens[name - 3]?.text === ',' ? name - 2 : name;
}

/** Words that link phrases or are verbs, and so are never a role word of an appositive ("his wife, and then Tom", "her son, was Tom"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWordsJson.gender);

/**
 * "Daniel Okafor’s barrister": the possessor is not the subject.
 *
 * @param paragraph The mention's paragraph.
 * @param m The mention.
 * @example
 * isPossessor(tokenizeText(0, "Okafor's barrister said", []), mention) // => true
 */
export function isPossessor(paragraph: TokenizedParagraph, m: Mention): boolean {
  return paragraph.tokens[m.last + 1]?.lower === "'s";
}

/**
 * True when "he" or "she" stands before a mention in its sentence, outside quotes ("In the 90s she moved to TV, although
 * she was reunited with Carpenter"): the sentence is about the person the pronoun stands for, and the person named
 * after it is no evidence for the gender of a "she" in the next sentence.
 *
 * @param tokens The paragraph's tokens.
 * @param first The mention's first token.
 * @example
 * afterPronoun(tokenizeText(0, 'Then she met Tom Dorn.', []).tokens, 3) // => true
 */
function afterPronoun(tokens: TokenizedParagraph['tokens'], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let k = first - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (tokens[k]!.quote < 0 && (tokens[k]!.lower === 'he' || tokens[k]!.lower === 'she')) return true;
  return false;
}
