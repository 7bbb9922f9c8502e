import abbreviationData from '../lexicons/sentence-abbreviations.json' with { type: 'json' };

/**
 * A sentence of a paragraph, with its offsets in the paragraph's text.
 */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviationData.words);

/**
 * Splits a paragraph into sentences at `.`, `!` or `?` (and any closing quotes or brackets after it)
 * followed by white space and a capital, digit or opening quote; abbreviations and initials do not end a sentence.
 *
 * @param text One paragraph.
 * @returns Sentences with offsets; their texts are trimmed.
 * @example
 * splitSentences('Mr. Weiss said so. “It is clear,” he added.').map((s) => s.text)
 * // => ['Mr. Weiss said so.', '“It is clear,” he added.']
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const boundary = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(text)) !== null) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && endsWithAbbreviation(text, match.index)) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word);
}

function push(out: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}
