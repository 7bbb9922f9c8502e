/**
 * Marks the words in which one wording of a statement differs from another.
 */

/** A run of text, flagged when its words are not in the reference wording. */
export interface WordingSegment {
  text: string;
  differs: boolean;
}

/**
 * Splits `text` into runs, flagging each word that a longest common subsequence of words with
 * any of the `references` leaves out. Words compare case- and punctuation-insensitively;
 * whitespace and punctuation stay in the output as written.
 *
 * @param text The wording to show.
 * @param references The wordings to compare with (e.g. the other variants of a statement).
 * @returns Runs that join back to `text`.
 * @example
 * markWordDifferences('nothing should be excluded', ['nothing should be ruled out'])
 * // => [{ text: 'nothing should be ', differs: false }, { text: 'excluded', differs: true }]
 */
export function markWordDifferences(text: string, references: readonly string[]): WordingSegment[] {
  const tokens = text.match(/\S+|\s+/g) ?? [];
  const words = tokens.filter((token) => /\S/.test(token)).map(foldWord);
  const common = words.map(() => true);
  for (const reference of references) {
    const flags = commonWordFlags(words, (reference.match(/\S+/g) ?? []).map(foldWord));
    flags.forEach((flag, i) => {
      if (!flag) common[i] = false;
    });
  }
  const segments: WordingSegment[] = [];
  let wordIndex = 0;
  for (const token of tokens) {
    const isWord = /\S/.test(token);
    const differs = isWord ? !common[wordIndex++] : (segments.at(-1)?.differs ?? false);
    const last = segments.at(-1);
    if (last && last.differs === differs) last.text += token;
    else segments.push({ text: token, differs });
  }
  // Spaces after the last differing word belong to the unflagged text that follows.
  return normaliseTrailingSpace(segments);
}

/** For each word of `a`, whether it is in a longest common subsequence with `b`. */
function commonWordFlags(a: string[], b: string[]): boolean[] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] = a[i] === b[j] ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const flags = new Array<boolean>(a.length).fill(false);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      flags[i] = true;
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return flags;
}

function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

function normaliseTrailingSpace(segments: WordingSegment[]): WordingSegment[] {
  const out: WordingSegment[] = [];
  for (const segment of segments) {
    const trailing = segment.differs ? (/\s+$/.exec(segment.text)?.[0] ?? '') : '';
    const body = trailing ? segment.text.slice(0, -trailing.length) : segment.text;
    if (body) pushSegment(out, { text: body, differs: segment.differs });
    if (trailing) pushSegment(out, { text: trailing, differs: false });
  }
  return out;
}

function pushSegment(out: WordingSegment[], segment: WordingSegment): void {
  const last = out.at(-1);
  if (last && last.differs === segment.differs) last.text += segment.text;
  else out.push(segment);
}
