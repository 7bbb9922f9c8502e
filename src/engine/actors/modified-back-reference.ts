/**
 * "The select committee found …", "the health committee said": a back reference to an organisation whose noun carries
 * one or two lower-case words of the organisation's own name ("Commons health select committee"). Those words must
 * all be in the name of the organisation it resolves to (stage 6), so "the parent company" never stands for a
 * company whose name lacks "parent".
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import type { RoleCandidate } from './role-candidate.ts';
import { ORG_BACK_REFERENCES, SPEAKS_FOR_HEADS, STAFF_NOUNS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from './load-lexicons.ts';
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };

/** Lower-case words that link phrases ("and", "or"), never a modifier inside a body's short name. */
const LINKING_WORDS: ReadonlySet<string> = new Set(functionWordsJson.linking);
/** At most this many modifier words between "the" and the noun. */
const MAX_MODIFIERS = 2;

/**
 * Reads "the", one or two lower-case modifier words and a lower-case noun for a kind of organisation, starting at the
 * "the" at token `the`; nothing of a name or of a post may follow the noun ("the health committee chairman" is a
 * person, "the select committee Reform Group" a name).
 *
 * @param paragraph The tokenised paragraph.
 * @param the The index of the token "the".
 * @returns An organisation role candidate with its folded `modifiers`, or undefined.
 * @example
 * findModifiedBackReference(tokenizeText(0, 'The select committee found it.', []), 0)
 * // => { head: 'committee', modifiers: ['select'], surface: 'The select committee', organization: true, … }
 */
export function findModifiedBackReference(paragraph: TokenizedParagraph, the: number): RoleCandidate | undefined {
  const { tokens } = paragraph;
  const det = tokens[the];
  if (det?.lower !== 'the') return undefined;
  const modifiers: string[] = [];
  let k = the + 1;
  while (k <= the + MAX_MODIFIERS && isModifier(tokens[k], det.quote)) {
    modifiers.push(tokens[k]!.lower);
    k++;
  }
  const noun = tokens[k];
  if (modifiers.length === 0 || !noun || !noun.word || noun.cap || noun.quote !== det.quote || !ORG_BACK_REFERENCES.has(noun.lower)) return undefined;
  const next = tokens[k + 1];
  if (next && (next.cap || next.text === '-' || next.lower === "'s" || TITLE_HEAD_WORDS.has(next.lower) || TITLE_MODIFIERS.has(next.lower) || SPEAKS_FOR_HEADS.has(next.lower) || STAFF_NOUNS.has(next.lower))) return undefined;
  return { paragraph: paragraph.index, first: the, last: k, head: noun.lower, surface: paragraph.text.slice(det.start, noun.end), inQuote: det.quote >= 0, organization: true, modifiers };
}

/** A lower-case word that is no kind of organisation itself, no post and no linking word, inside the same quote as "the". */
function isModifier(token: TokenizedParagraph['tokens'][number] | undefined, quote: number): boolean {
  if (!token || !token.word || token.cap || token.quote !== quote || !/^\p{Ll}+$/u.test(token.text)) return false;
  return !ORG_BACK_REFERENCES.has(token.lower) && !LINKING_WORDS.has(token.lower) && !TITLE_HEAD_WORDS.has(token.lower);
}
