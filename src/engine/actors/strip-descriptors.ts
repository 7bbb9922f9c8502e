/**
 * Actors stage after findNameRuns: a descriptor glued to the front of a name run ("NGO Human Rights Watch",
 * "Greek NGO Hellenic League for Human Rights", "Charity Oxfam said") says what kind of actor the name is and is no
 * part of the name: the run starts after it.
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameRun } from './02-find-name-runs.ts';
import { COMPANIES, COUNTRY_DEMONYMS, COUNTRY_NAMES, HONORIFICS, INSTITUTIONS, INTRODUCING_NOUNS, ORG_HEADS, TITLE_HEAD_WORDS, TITLE_HEADS } from './load-lexicons.ts';
import descriptorsJson from '../lexicons/descriptors.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';
import { isUpperCase } from '../text/is-upper-case.ts';

/** "NGO": kind words in capitals, a descriptor wherever they stand before a name. */
const ACRONYM_KINDS: ReadonlySet<string> = new Set(descriptorsJson.acronymKinds);
/** "Charity", "Magazine": kind nouns that are descriptors where they open a sentence. */
const SENTENCE_KINDS: ReadonlySet<string> = new Set([...descriptorsJson.sentenceKinds, ...INTRODUCING_NOUNS]);

/**
 * Moves the start of each run past a descriptor of kind before the name, unless the whole run is a known name.
 *
 * @param paragraph The tokenised paragraph of the runs.
 * @param runs Its name runs.
 * @example
 * const p = tokenizeText(0, 'Rights NGO Human Rights Watch said so.', []);
 * stripDescriptors(p, findNameRuns(p)).map((r) => r.first) // => [2]
 */
export function stripDescriptors(paragraph: TokenizedParagraph, runs: readonly NameRun[]): NameRun[] {
  return runs.map((run) => {
    const start = nameStart(paragraph.tokens, run);
    return start === run.first ? run : { ...run, first: start, sentenceInitial: false };
  });
}

/** The first token of the name in the run: after "(But)? (the)? (Greek|US|UK-based)* NGO" or after a sentence-opening "Charity". */
function nameStart(tokens: readonly Token[], run: NameRun): number {
  if (run.last - run.first < 1 || isKnown(tokens, run.first, run.last)) return run.first;
  let k = run.first;
  // "But the NGO Home Office", "Later US NGO Freedom House": a sentence-opening capital before the descriptor.
  if (run.sentenceInitial && !isPlaceWord(tokens[k]!.text) && !ACRONYM_KINDS.has(tokens[k]!.text) && (tokens[k + 1]!.lower === 'the' || isPlaceWord(tokens[k + 1]!.text) || ACRONYM_KINDS.has(tokens[k + 1]!.text))) k++;
  if (tokens[k]!.text === 'The' || tokens[k]!.text === 'the') k++;
  while (k < run.last && isPlaceWord(tokens[k]!.text)) k++;
  // "the NGO Network to Record …": right after "the", a lone head word after the acronym is a name too.
  const afterThe = tokens[k - 1]?.lower === 'the';
  if (ACRONYM_KINDS.has(tokens[k]!.text) && k < run.last && isNameAfter(tokens, k + 1, run.last, false, afterThe)) return k + 1;
  const first = tokens[run.first]!;
  if (run.sentenceInitial && !isUpperCase(first.text) && SENTENCE_KINDS.has(first.lower) && isNameAfter(tokens, run.first + 1, run.last, true)) return run.first + 1;
  return run.first;
}

/** "Greek", "US", "UK-based": a place word that may stand before a kind word. */
function isPlaceWord(word: string): boolean {
  const text = word.endsWith('-based') ? word.slice(0, -'-based'.length) : word; // `word.replace(/-based$/, '')` without an expression
  return COUNTRY_DEMONYMS.has(text) || COUNTRY_NAMES.has(text);
}

/**
 * The rest of the run is a name on its own: it opens with a name word (no title, honorific or connector) and, after a
 * capitalised kind noun that might itself start a name ("Network Rail", "Band Aid"), is two words long, an acronym or a
 * known organisation.
 */
function isNameAfter(tokens: readonly Token[], first: number, last: number, strict: boolean, loneHead = false): boolean {
  const head = tokens[first]!;
  if (!head.word || !head.cap || HONORIFICS.has(head.lower) || TITLE_HEAD_WORDS.has(head.lower) || TITLE_HEADS.has(head.lower)) return false;
  if (first === last && ORG_HEADS.has(head.lower) && !loneHead) return false;
  if (!strict) return true;
  return last > first || (head.text.length >= 2 && isUpperCase(head.text)) || isKnown(tokens, first, last);
}

function isKnown(tokens: readonly Token[], first: number, last: number): boolean {
  const text = foldText(tokens.slice(first, last + 1).map((t) => t.text).join(' '));
  return INSTITUTIONS.has(text) || COMPANIES.has(text);
}

/**
 * The index of the word before a descriptor that ends at `end` ("the UK-based NGO" ending at "NGO" → "the"), or `end`
 * itself when no descriptor ends there: the anonymous-source stage reads its determiner past one ("the NGO Home Office").
 *
 * @param tokens The tokens of a paragraph.
 * @param end The token that may end a descriptor.
 * @example
 * beforeDescriptor(tokenizeText(0, 'the US NGO Home Office', []).tokens, 2) // => 0
 */
export function beforeDescriptor(tokens: readonly Token[], end: number): number {
  if (end < 0 || !ACRONYM_KINDS.has(tokens[end]!.text)) return end;
  let k = end - 1;
  while (k >= 0 && tokens[k]!.cap && isPlaceWord(tokens[k]!.text)) k--;
  return k;
}

/**
 * The index of the first word after a descriptor that starts at `start` ("UK-based NGO Human Rights Watch" → "Human"),
 * or `start` itself when none starts there: "a spokeswoman for UK-based NGO Human Rights Watch" speaks for the name.
 *
 * @param tokens The tokens of a paragraph.
 * @param start The token that may start a descriptor.
 * @example
 * afterDescriptor(tokenizeText(0, 'for US NGO Freedom House', []).tokens, 1) // => 3
 */
export function afterDescriptor(tokens: readonly Token[], start: number): number {
  let k = start;
  while (k < tokens.length && tokens[k]!.cap && isPlaceWord(tokens[k]!.text)) k++;
  return tokens[k] && ACRONYM_KINDS.has(tokens[k]!.text) && tokens[k + 1]?.cap ? k + 1 : start;
}

/**
 * The words without a descriptor before a name ("spokeswoman for UK-based NGO Human Rights Watch" → "spokeswoman for
 * Human Rights Watch"): an acronym of kind followed by a capitalised word, with the place words right before it.
 *
 * @param words The words of a mention, as written.
 * @example
 * dropDescriptorWords(['spokeswoman', 'for', 'UK-based', 'NGO', 'Human', 'Rights', 'Watch']) // => ['spokeswoman', 'for', 'Human', 'Rights', 'Watch']
 */
export function dropDescriptorWords(words: readonly string[]): string[] {
  const kind = words.findIndex((w, i) => ACRONYM_KINDS.has(w) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
  if (kind < 0) return [...words];
  let first = kind;
  while (first > 0 && /^\p{Lu}/u.test(words[first - 1]!) && isPlaceWord(words[first - 1]!)) first--;
  // "a Kenya NGO Council spokesman": a lone head word after the acronym ends a name, unless "the" stands before.
  const lone = !/^\p{Lu}/u.test(words[kind + 2] ?? '') && ORG_HEADS.has(words[kind + 1]!.toLowerCase());
  if (lone && words[first - 1]?.toLowerCase() !== 'the') return [...words];
  return [...words.slice(0, first), ...words.slice(kind + 1)];
}
