/**
 * Usernames written without their "@" as speakers: "“…,” major181226 responded", "“…” posted Purno5", and blogs named in
 * lower case ("babalu called the comments “derisive”"). Citizen media quote comments and posts by the username of
 * their author, and a username is all the article gives.
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameCandidate } from './03-classify-name-runs.ts';
import { followsQuotedSpeech, isFiniteSpeechVerb } from './speech-verb-forms.ts';
import { ANONYMOUS_HEADS, COMMENTATORS, COMMON_WORDS, ORG_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, SPEAKING_GROUPS } from './load-lexicons.ts';
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };
import unnamedJson from '../lexicons/unnamed-speakers.json' with { type: 'json' };
import { LETTER, LETTER_OR_NUMBER, charClass, isSurrogate } from '../text/char-class.ts';

/** A name written all in lower case ("babalu"), as blogs and users write theirs. */
const LOWER_CASE_NAME = /^\p{Ll}[\p{Ll}\p{N}_]{2,}$/u;
/** Lower-case words that open a paragraph and are no name: pronouns, function words, crowds of speakers. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  ...PERSON_PRONOUNS, ...PLURAL_PRONOUNS, ...ORG_PRONOUNS, ...COMMON_WORDS, ...ANONYMOUS_HEADS, ...COMMENTATORS, ...SPEAKING_GROUPS,
  ...Object.entries(functionWordsJson).flatMap(([key, words]) => (key === 'about' ? [] : (words as string[]))),
]);

/** A username: letters, digits and "_" only, opening with a letter, with a digit and at least three letters. */
const USERNAME = /^(?=(?:[^\p{L}]*\p{L}){3})(?=.*\p{N})\p{L}[\p{L}\p{N}_]*$/u;

/**
 * `/\p{N}/u.test(text)` read by the classes of code units, with no regular expression over the whole paragraph (a
 * Unicode property class is scanned slowly, about 2 µs a paragraph, 1% of `processArticle`); text with a surrogate,
 * whose code points the classes do not see, goes to the expression.
 */
function holdsNumber(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isSurrogate(unit)) return /\p{N}/u.test(text);
    const f = charClass(unit);
    if ((f & LETTER_OR_NUMBER) !== 0 && (f & LETTER) === 0) return true;
  }
  return false;
}

/**
 * `/[#@\p{L}\p{N}_]/u.test(character)` for one code unit, read by its class: "#" or "@", a letter, a number or "_" glued
 * before a word makes it part of a hashtag, a handle or a longer word. A lone surrogate is none of them either way.
 */
function isGlueBefore(unit: number): boolean {
  return unit === 0x23 || unit === 0x40 || unit === 0x5f || (charClass(unit) & LETTER_OR_NUMBER) !== 0;
}

/**
 * Adds each word that can only be a username (letters mixed with digits, maybe joined by "_": "major181226",
 * "Purno5") as a person when it speaks: behind a quotation, the subject of a speech verb right after it ("…,"
 * major181226 responded"), or the word right after
 * a speech verb behind a quotation, ending the clause ("“…” posted Purno5."). A word glued to "#" or "@" is a
 * hashtag or a handle of its own ("#TRUMP2020, writes" names no one); one inside a quotation is not its speaker.
 *
 * @param paragraph The tokenised paragraph.
 * @param names The paragraph's name candidates.
 * @returns The candidates with the usernames in text order, in place of any name found over them.
 * @example
 * // '“Go home,” harbour99 replied.' → a person "harbour99" over token 5.
 */
export function findBareHandles(paragraph: TokenizedParagraph, names: NameCandidate[]): NameCandidate[] {
  const { tokens, text } = paragraph;
  const starts = new Set(paragraph.sentenceStarts);
  const handles: NameCandidate[] = [];
  const hasDigits = holdsNumber(text); // a username holds a digit: most paragraphs have none
  for (let k = 0; hasDigits && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.word || token.quote >= 0) continue;
    if (token.start > 0 && isGlueBefore(text.charCodeAt(token.start - 1))) continue;
    let last = k; // "Tide_Watch5" is three tokens
    while (tokens[last + 1] && tokens[last + 1]!.start === tokens[last]!.end && (tokens[last + 1]!.word || tokens[last + 1]!.text === '_')) last++;
    const surface = text.slice(token.start, tokens[last]!.end);
    // USERNAME needs a number: most words have none, and are not read by the expression.
    if (!tokens[last]!.word || !holdsNumber(surface) || !USERNAME.test(surface)) {
      k = last;
      continue;
    }
    const after = tokens[last + 1];
    const ends = after === undefined || (!after.word && after.text !== "'s" && after.text !== '’s');
    if (speaksBehindQuote(tokens, k, last) || (followsQuotedSpeech(tokens, k) && ends)) {
      handles.push({ paragraph: paragraph.index, first: k, last, kind: 'person', surface, titled: false, roles: [], inQuote: false, sentenceInitial: starts.has(k) });
    }
    k = last;
  }
  for (const user of usersAfterNoun(paragraph)) if (!handles.some((h) => h.first <= user.last && h.last >= user.first)) handles.push(user);
  handles.sort((a, b) => a.first - b.first);
  const blog = blogOpeningParagraph(paragraph);
  if (blog && !handles.some((h) => h.first === 0)) handles.unshift(blog);
  if (handles.length === 0) return names;
  const inHandle = (n: NameCandidate): boolean => handles.some((h) => n.first <= h.last && n.last >= h.first);
  return [...names.filter((n) => !inHandle(n)), ...handles].sort((a, b) => a.first - b.first);
}

/**
 * The username from `first` to `last` stands right behind a quotation or a comma and a finite, lower-case speech verb
 * follows it: "“…,” major181226 responded to the clip". At the start of a sentence a word with digits is as often a
 * thing ("Covid19 says it all"), so that does not count.
 */
function speaksBehindQuote(tokens: readonly Token[], first: number, last: number): boolean {
  const verb = tokens[last + 1];
  if (!verb?.word || verb.cap || !isFiniteSpeechVerb(verb.lower)) return false;
  const before = tokens[first - 1];
  return before !== undefined && !before.word && (before.quote >= 0 || before.text === ',');
}

/**
 * A paragraph that opens with a lower-case name and a speech verb: "babalu called the comments “derisive”". English
 * opens a paragraph with a capital, so a lower-case first word is a name its owner writes that way (a blog, a user),
 * unless it is a pronoun, a function word or a crowd ("they said", "officials said" after a broken line).
 */
function blogOpeningParagraph(paragraph: TokenizedParagraph): NameCandidate | undefined {
  const [first, verb] = paragraph.tokens;
  if (!first?.word || first.quote >= 0 || !LOWER_CASE_NAME.test(first.text) || NOT_NAMES.has(first.lower)) return undefined;
  if (!verb?.word || verb.cap || !isFiniteSpeechVerb(verb.lower)) return undefined;
  return { paragraph: paragraph.index, first: 0, last: 0, kind: 'organization', surface: first.text, titled: false, roles: [], inQuote: false, sentenceInitial: true };
}

const HANDLE_NOUNS: ReadonlySet<string> = new Set(unnamedJson.handleNouns);
/**
 * A username in lower case that no word of English is: holding "_" or a digit, or three or more parts joined by "-"
 * ("sinn-fein-front"; "well-known" is an English compound).
 */
const LOWER_CASE_USERNAME = /^(?=.*[_\p{N}]|.*-.*-)\p{Ll}[\p{Ll}\p{N}_-]*[\p{Ll}\p{N}]$/u;

/**
 * Usernames named right after a noun for a platform's user ("LiveJournal user i_l_d responded [ru] simply:", "blogger
 * sinn-fein-front wrote") and followed, past a language tag and an adverb, by a finite speech verb.
 */
function usersAfterNoun(paragraph: TokenizedParagraph): NameCandidate[] {
  const { tokens, text } = paragraph;
  const found: NameCandidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k - 1]!;
    if (!noun.word || noun.cap || !HANDLE_NOUNS.has(noun.lower) || !tokens[k]!.word || tokens[k]!.quote >= 0) continue;
    let last = k; // "i_l_d" is five tokens
    while (tokens[last + 1] && tokens[last + 1]!.start === tokens[last]!.end && (tokens[last + 1]!.word || tokens[last + 1]!.text === '_')) last++;
    const surface = text.slice(tokens[k]!.start, tokens[last]!.end);
    if (!LOWER_CASE_USERNAME.test(surface)) continue;
    let v = last + 1;
    if (tokens[v]?.text === '[' && tokens[v + 2]?.text === ']') v += 3; // "[ru]": the language of the linked post
    if (tokens[v]?.word && /ly$/.test(tokens[v]!.lower) && !isFiniteSpeechVerb(tokens[v]!.lower)) v++;
    const verb = tokens[v];
    if (!verb?.word || verb.cap || !isFiniteSpeechVerb(verb.lower)) continue;
    found.push({ paragraph: paragraph.index, first: k, last, kind: 'person', surface, titled: false, roles: [], inQuote: false, sentenceInitial: false });
  }
  return found;
}
