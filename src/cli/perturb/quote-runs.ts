/**
 * The stretches of one line inside and outside quotation marks, which every rewrite of `npm run perturb` needs: a
 * rewrite touches only the narration, so quote texts (and the answer keys) stay valid.
 */

/**
 * Splits a line into runs outside and inside quotation marks: a curly double mark opens or closes, a straight double
 * mark toggles; single curly marks are apostrophes too often ("don’t"), so they do not count. A line starts outside
 * (a quote running on over a paragraph break opens again on the next line); a quote left open runs to the line's end.
 *
 * @param line One line (paragraph) of an article.
 * @returns The runs in order; joined they give the line back.
 * @example
 * quoteRuns('He said “no” today.') // => [{ text: 'He said ', quoted: false }, { text: '“no”', quoted: true }, { text: ' today.', quoted: false }]
 */
export function quoteRuns(line: string): { text: string; quoted: boolean }[] {
  const runs: { text: string; quoted: boolean }[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (!quoted && (c === '“' || c === '"')) {
      runs.push({ text: line.slice(start, i), quoted: false });
      start = i;
      quoted = true;
    } else if (quoted && (c === '”' || c === '"')) {
      runs.push({ text: line.slice(start, i + 1), quoted: true });
      start = i + 1;
      quoted = false;
    }
  }
  runs.push({ text: line.slice(start), quoted });
  return runs;
}

/**
 * Whether the character at `index` of a line stands inside quotation marks, as `quoteRuns` reads them.
 *
 * @param line One line (paragraph) of an article.
 * @param index A position in it.
 * @example
 * isQuotedAt('He said “no” today.', 9) // => true
 * isQuotedAt('He said “no” today.', 0) // => false
 */
export function isQuotedAt(line: string, index: number): boolean {
  let end = 0;
  for (const run of quoteRuns(line)) {
    end += run.text.length;
    if (index < end) return run.quoted;
  }
  return false;
}
