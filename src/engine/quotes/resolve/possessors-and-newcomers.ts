/**
 * Candidates a pronoun passes over or prefers: a possessor of a document or a person ("Marsh's daughter"),
 * someone unnamed brought in after a point ("a woman"), the person a body-subject really is.
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import { DOCUMENT_NOUNS, PERSON_PRONOUNS, RELATION_NOUNS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import type { MentionIndex } from '../cue-types.ts';
import { genderOfWord, type Gender } from '../find-genders.ts';
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };
import roleWordsJson from '../../lexicons/role-words.json' with { type: 'json' };
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };
import type { ResolveContext } from './resolve-context.ts';
import { genderOfOneOf } from './one-of-gender.ts';

/**
 * "Mr Campbell's e-mail", "the minister's letter": what the possessor owns is a document (the word right after "'s").
 *
 * @example
 * // Mr Campbell's e-mail said …
 * ownsDocument(paragraph, campbell) // => true
 */
export function ownsDocument(paragraph: TokenizedParagraph, m: Mention): boolean {
  return DOCUMENT_NOUNS.has(paragraph.tokens[m.last + 2]?.lower ?? '');
}

/**
 * "His wife, Mary", "Her lawyer Tom Bell": a gendered, relation or title noun between a possessive and the first name.
 *
 * @example
 * // Her lawyer Tom Bell said …
 * ownsPersonAfter(paragraph, 0, 2) // => true
 */
export function ownsPersonAfter(paragraph: TokenizedParagraph, possessive: number, firstName: number): boolean {
  for (let k = possessive + 1; k < firstName; k++) {
    const lower = paragraph.tokens[k]!.lower;
    if (genderOfWord(lower) || TITLE_HEAD_WORDS.has(lower) || RELATION_NOUNS.has(lower)) return true;
  }
  return false;
}

/**
 * "Marsh's daughter", "Walsh's lawyer", "Huber's longtime partner": what the possessor owns is a person.
 *
 * @example
 * // Marsh's daughter said …
 * ownsPerson(paragraph, marsh) // => true
 */
export function ownsPerson(paragraph: TokenizedParagraph, m: Mention): boolean {
  const { tokens } = paragraph;
  for (let k = m.last + 2; k <= m.last + 4 && tokens[k]?.word && !tokens[k]!.cap; k++) {
    if (genderOfWord(tokens[k]!.lower) || TITLE_HEAD_WORDS.has(tokens[k]!.lower) || RELATION_NOUNS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

const INDEFINITES: ReadonlySet<string> = new Set(determinersJson.indefinites);

/** Honorifics show the gender of a named person, never bring in an unnamed one. */
const HONORIFICS_OF_GENDER: ReadonlySet<string> = new Set(roleWordsJson.genderedHonorifics);

/**
 * True when, between a point and a pronoun, the text brings in someone unnamed of the pronoun's
 * gender ("One woman, who lives opposite, said …" ⏎ "“…,” she said."): then no earlier person is meant.
 *
 * @example
 * // “…,” Ann Roe said. ⏎ One woman, who lives opposite, said … ⏎ “…,” she said.
 * introducesPerson(paragraphs, index, { position: 0, token: 6 }, 2, 4, 'female') // => true
 */
export function introducesPerson(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], from: { position: number; token: number }, position: number, token: number, wanted: Gender): boolean {
  for (let p = from.position; p <= position; p++) {
    const { tokens } = paragraphs[p]!;
    const first = p === from.position ? from.token + 1 : 0;
    const last = p === position ? token - 1 : tokens.length - 1;
    const inMention = (k: number): boolean => index[p]!.list.some((m) => m.first <= k && k <= m.last);
    // "Olympic bronze medallist ⏎ rounded off a useful weekend": a paragraph opening in lower case right after one that
    // stops without a full stop is one sentence whose subject, a name the page lost, is someone the text does not name.
    if (first === 0 && p > 0 && lostSubjectOpens(paragraphs[p - 1]!, tokens)) return true;
    for (let k = first; k <= last; k++) {
      const t = tokens[k]!;
      if (t.quote >= 0 || !t.word || PERSON_PRONOUNS.has(t.lower) || t.lower === 'his' || t.lower === 'her' || HONORIFICS_OF_GENDER.has(t.lower) || inMention(k)) continue;
      const gender = genderOfWord(t.lower);
      // "one woman", "an elderly man" bring someone in; "her father" points at someone known.
      const indefinite = INDEFINITES.has(tokens[k - 1]?.lower ?? '') || (INDEFINITES.has(tokens[k - 2]?.lower ?? '') && tokens[k - 1]!.word && !tokens[k - 1]!.cap);
      if (gender && indefinite && (wanted === 'unknown' || gender === wanted) && !describesPronounSubject(tokens, k)) return true;
      // "One of the victims decided …" opening a sentence: someone of either gender.
      // Not when the rest of that sentence makes them of the other gender ("One of them was asked to stop by his company").
      if (t.lower === 'one' && tokens[k + 1]?.lower === 'of' && (k === 0 || tokens[k - 1]!.sentence !== t.sentence)) {
        const gender = genderOfOneOf(paragraphs[p]!, index[p]!, k);
        if (wanted === 'unknown' || gender === 'unknown' || gender === wanted) return true;
      }
      // "The head of the police's internal investigators told the court …" opening a sentence: an unnamed person of either
      // gender, brought in with the body they lead ("The minister told …" alone points back at someone known).
      if (!t.cap && TITLE_HEAD_WORDS.has(t.lower) && tokens[k + 1]?.lower === 'of' && tokens[k - 1]?.lower === 'the' && (k === 1 || tokens[k - 2]!.sentence !== t.sentence)) return true;
    }
  }
  return false;
}

/**
 * True when a paragraph opens on a lower-case word, outside quotes, right after a paragraph whose last token is a word:
 * the two are one sentence broken where its subject stood ("The men's 800m went to form as ⏎ dominated the race").
 *
 * @example
 * // Olympic bronze medallist ⏎ rounded off a useful weekend …
 * lostSubjectOpens(before, tokens) // => true
 */
function lostSubjectOpens(before: TokenizedParagraph, tokens: TokenizedParagraph['tokens']): boolean {
  const opening = tokens[0];
  const end = before.tokens[before.tokens.length - 1];
  return opening !== undefined && opening.word && opening.quote < 0 && /^[a-z]/.test(opening.text) && end !== undefined && end.word && end.quote < 0;
}

/** Words before "a/an NOUN" that make the noun a predicate of the sentence's subject ("was", "became", "as"). */
const PREDICATE_LINKS: ReadonlySet<string> = new Set(verbFormsJson.predicateLinks);
/** Words between a subject and its predicate that open another clause or bring in another subject. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['there', 'that', 'who', 'which', 'when', 'while', 'and', 'but', 'if']);

/**
 * True when the gendered noun at `k` (after "a"/"an", maybe one adjective) describes a "he" or "she" that opens its
 * sentence: a predicate link ("was", "became", "as") right before the article and nothing between the pronoun and it
 * that opens another clause ("She was regarded by many as a pioneering woman", "He became a wealthy man"). Such a noun
 * brings nobody new in; "She met a woman", "There was a woman", "The winner was a woman" still do.
 *
 * @example
 * // She was regarded by many as a pioneering woman in film.
 * describesPronounSubject(tokens, 8) // => true
 */
export function describesPronounSubject(tokens: TokenizedParagraph['tokens'], k: number): boolean {
  const article = INDEFINITES.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k - 2;
  if (!PREDICATE_LINKS.has(tokens[article - 1]?.lower ?? '')) return false;
  const sentence = tokens[k]!.sentence;
  let s = article - 1;
  while (s > 0 && tokens[s - 1]!.sentence === sentence) s--;
  const subject = tokens[s]!;
  if (subject.quote >= 0 || (subject.lower !== 'he' && subject.lower !== 'she')) return false;
  for (let j = s + 1; j < article; j++) if (!tokens[j]!.word || CLAUSE_BREAKS.has(tokens[j]!.lower)) return false;
  return true;
}

/**
 * The token of an anonymous mention's noun, which carries its number: the word before its first "of" or "for"
 * ("head of the police's internal investigators", "spokeswoman for the growers"), else its last word ("NATO officials").
 *
 * @example
 * // a spokeswoman for the growers
 * nounOfMention(tokens, mention) // => 1 (the token of “spokeswoman”)
 */
export function nounOfMention(tokens: readonly { lower: string }[], m: Mention): number {
  for (let k = m.first + 1; k < m.last; k++) if (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for') return k - 1;
  return m.last;
}

/**
 * Salience: the person a body-subject really is. The first actor of the clause from `start` is a body
 * (an organisation or outlet) whose whole name is the surname of one person the article names elsewhere, of
 * the fitting gender, who is not `object` ("Bloomberg endorsed his rival, Joe Biden" with Michael Bloomberg
 * named before): that person, the subject the next "he" continues. Else undefined.
 *
 * @example
 * personNamedLikeSubject(context, 3, 0, joeBiden, fits) // => 'michael-bloomberg'
 */
export function personNamedLikeSubject(context: ResolveContext, position: number, start: number, object: Mention, genderFits: (actor: string) => boolean): string | undefined {
  const paragraph = context.paragraphs[position]!;
  const { tokens } = paragraph;
  const sentence = tokens[object.first]!.sentence;
  const subject = context.index[position]!.list.find((s) => !s.inQuote && s.first >= start && tokens[s.first]!.sentence === sentence);
  if (!subject || subject.first !== subject.last) return undefined;
  const name = tokens[subject.first]!.lower;
  const people = new Set<string>();
  context.index.forEach((entry, p) => {
    for (const m of entry.list) {
      if (m.kind !== 'person' || m.actor === object.actor || m.inQuote || m.via === 'anonymous') continue;
      if (context.paragraphs[p]!.tokens[m.last]?.lower === name && m.last > m.first) people.add(m.actor);
    }
  });
  const [person] = people;
  return people.size === 1 && genderFits(person!) ? person : undefined;
}
