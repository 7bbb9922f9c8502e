/**
 * The `marks` and `single-marks` rewrites of `npm run perturb`: the quotation marks of another house style, the
 * words kept. `marks` turns a text set with straight marks ("…", 'don't') into curly ones (“…”, ‘…’, don’t) and a
 * text set with curly marks into straight ones; `single-marks` sets quotations the British way, in single marks
 * with double marks for a quotation inside one (‘He said “no”,’ she said), apostrophes curly. Quote texts (as
 * bags of words) and who said what stay as they were.
 */
/**
 * Straight marks become curly and curly ones straight, whichever the text uses more of (double marks counted). A
 * straight mark opens where a space, a line start or an opening bracket or dash stands before it and no space after
 * it, and closes otherwise, as typesetting software curls them; so a quote that runs on from the line before closes.
 *
 * @param text The article.
 * @example
 * swapMarks('He said "it's over".') // => 'He said “it’s over”.'
 * swapMarks('He said “it’s over”.') // => "He said \"it's over\"."
 */
export function swapMarks(text: string): string {
  const straight = (text.match(/"/g) ?? []).length;
  const curly = (text.match(/[“”]/g) ?? []).length;
  if (straight === 0 && curly === 0) return text;
  if (curly >= straight) return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  return text.replace(/["']/g, (mark: string, at: number) => (opensAt(text, at) ? (mark === '"' ? '“' : '‘') : mark === '"' ? '”' : '’'));
}

/**
 * Whether the mark at `at` opens: a space, line start, bracket or dash before it and a letter, digit or opening
 * mark after it; it closes after a letter, digit or closing bracket, or with neither. Between (a space on both sides, "post,\"The"), it opens when the marks of
 * its kind before it on the line are even in number.
 */
function opensAt(text: string, at: number): boolean {
  const prev = text[at - 1] ?? '\n';
  const next = text[at + 1] ?? '\n';
  const openBefore = /[\s([{—–\-/“‘]/.test(prev);
  const wordAfter = /[\p{L}\p{N}“‘'"(\[…—–-]/u.test(next);
  if (/[\p{L}\p{N})\]}]/u.test(prev)) return false; // it's, said", [Shoshone]'s — never opens after a letter or a closing bracket
  if (openBefore !== wordAfter) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    return (text.slice(lineStart, at).split(text[at]!).length - 1) % 2 === 0;
  }
  return openBefore;
}

/**
 * Quotations in single marks, quotations inside them in double marks, apostrophes curly (British style). Marks are
 * read by their place as `swapMarks` reads them; a single mark is a quotation mark only when one opens and a later one
 * on the line closes, else an apostrophe.
 *
 * @param text The article.
 * @example
 * singleMarks('"They called it \'a disgrace\'," he said. "It\'s over."')
 * // => '‘They called it “a disgrace”,’ he said. ‘It’s over.’'
 */
export function singleMarks(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const out = [...line];
      let open = -1;
      out.forEach((c, i) => {
        if (c === '"' || c === '“' || c === '”') out[i] = (c === '"' ? opensAt(line, i) : c === '“') ? '‘' : '’';
        else if (c === "'" || c === '‘' || c === '’') {
          const prev = line[i - 1] ?? ' ';
          const next = line[i + 1] ?? ' ';
          if (opensAt(line, i) && /[\p{L}\p{N}]/u.test(next)) open = i;
          else if (open >= 0 && !/\s/.test(prev) && !/[\p{L}\p{N}]/u.test(next)) {
            out[open] = '“';
            out[i] = '”';
            open = -1;
          } else out[i] = '’';
        }
      });
      if (open >= 0) out[open] = '‘';
      return out.join('');
    })
    .join('\n');
}
