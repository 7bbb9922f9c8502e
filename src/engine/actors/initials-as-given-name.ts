/**
 * Initials written without points and used as a given name ("AJ", "TJ", "JD"): in "said company CEO AJ Roe" or
 * "Senator TJ Roe said", two or three capitals right before a capitalised surname, after a post's head word or a verb
 * of saying, are the person's first name, not an organisation's acronym. Capitals the lexicons know as a body, an
 * outlet or a country ("BBC", "NASA", "US"), or that the article itself spells out in brackets, stay acronyms.
 * Opening a sentence, "JF Roe, spokesman for …" is a person too: a post's head word leads the appositive after the
 * surname. Dotted initials ("J.D. Roe") are read as a name elsewhere (`isInitials` in 03-classify-name-runs.ts).
 */
import type { Token } from './01-tokenize-text.ts';
import { COUNTRY_NAMES, INSTITUTIONS, ORG_HEADS, OUTLETS, SPEECH_VERBS, TITLE_HEAD_WORDS } from './load-lexicons.ts';

/** Two or three capitals without points: the shape of initials run together ("AJ", "TJ", "RJB"). */
const BARE_INITIALS = /^\p{Lu}{2,3}$/u;
/** Marks that close a quotation, and the comma, right before the verb of an attribution after a quote. */
const QUOTE_CLOSES: ReadonlySet<string> = new Set(['”', '"', '’', "'", ',']);
/** Punctuation that ends an attribution's clause after the speaker's name. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?']);
/** Articles that may open an appositive before its post ("JF Roe, the spokesman for …"). */
const APPOSITIVE_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Lower-case words allowed before the post's head in that appositive ("JF Roe, senior vice president of …"). */
const MAX_POST_MODIFIERS = 3;

/**
 * True when `tokens[k]` is initials used as a given name: two or three capitals, followed by a capitalised word
 * with lower-case letters (the surname) that ends the name run, and preceded inside the run by a post's head word
 * ("CEO", "Senator") or, opening the run, by a lower-case verb of saying ("said") right after a quotation, when the
 * name ends the clause, or opening the sentence with an appositive after a comma whose first words, lower case, reach a
 * post's head word ("JF Roe, spokesman for …", "TJ Roe, a senior analyst at …"). A surname
 * that is an organisation's head ("AJ Holdings") makes a body's name. Capitals known as an institution,
 * an outlet or a country, or in `articleAcronyms` (acronyms the article spells out), are no initials.
 *
 * @param tokens A paragraph's tokens.
 * @param k The index of the capitals.
 * @param runFirst The first token of the name run holding them.
 * @param runLast The last token of that run.
 * @param articleAcronyms Folded acronyms the article defines in brackets ("(GA)").
 * @example
 * const { tokens } = tokenizeText(0, 'said Tolland Mills CEO AJ Farrow.', []);
 * isInitialsGivenName(tokens, 4, 1, 5) // => true
 * isInitialsGivenName(tokenizeText(0, 'said CEO NASA Farrow.', []).tokens, 2, 1, 3) // => false
 */
export function isInitialsGivenName(tokens: readonly Token[], k: number, runFirst: number, runLast: number, articleAcronyms?: ReadonlySet<string>): boolean {
  const token = tokens[k]!;
  const surname = tokens[k + 1];
  if (!BARE_INITIALS.test(token.text) || k + 1 !== runLast || !surname?.word || !surname.cap || !/^\p{Lu}\p{Ll}/u.test(surname.text)) return false;
  if (ORG_HEADS.has(surname.lower) || INSTITUTIONS.has(token.lower) || OUTLETS.has(token.lower) || COUNTRY_NAMES.has(token.text) || articleAcronyms?.has(token.lower)) return false;
  const before = tokens[k - 1];
  if (before === undefined || before.sentence !== token.sentence) return k === runFirst && opensPostAppositive(tokens, k + 2);
  if (k > runFirst) return before.cap && TITLE_HEAD_WORDS.has(before.lower);
  // "said AJ Roe.": a verb of saying opens the run and the name ends the clause ("said ABN Amro chief strategist …"
  // names a body, "describes TB Roe as" an object). A post's head in lower case is not enough ("who judge TB Roe").
  // The verb follows the quotation ('…,” said AJ Roe.'), not a subject ("He said BT Openzone, as well as …").
  return before.word && !before.cap && SPEECH_VERBS.has(before.lower) && QUOTE_CLOSES.has(tokens[k - 2]?.text ?? '') && CLAUSE_ENDS.has(tokens[k + 2]?.text ?? '.');
}

/**
 * True when `tokens[comma]` is a comma opening an appositive whose words, all lower case after an optional article,
 * reach a post's head word within `MAX_POST_MODIFIERS` modifiers ("…, spokesman for", "…, a senior analyst at").
 */
function opensPostAppositive(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  let i = comma + 1;
  if (APPOSITIVE_ARTICLES.has(tokens[i]?.text ?? '')) i++;
  for (const end = i + MAX_POST_MODIFIERS; i <= end; i++) {
    const word = tokens[i];
    if (!word?.word || word.cap) return false;
    if (TITLE_HEAD_WORDS.has(word.lower)) return true;
  }
  return false;
}
