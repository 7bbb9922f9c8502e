/**
 * The `marks` and `single-marks` rewrites of `npm run perturb`: the quotation marks of another house style, the
 * words kept. `marks` turns a text set with straight marks ("…", 'don't') into curly ones (“…”, ‘…’, don’t) and a
 * text set with curly marks into straight ones; `single-marks` sets quotations the British way, in single marks
 * with double marks for a quotation inside one (‘He said “no”,’ she said), apostrophes curly. Quote texts (as
 * bags of words) and who said what stay as they were.
 */
import { quoteRuns } from './quote-runs.ts';

/** A letter or digit: an apostrophe stands between two of them ("don't") or after a plural's s ("voters'"). */
const WORD = /[\p{L}\p{N}]/u;

/**
 * Straight marks become curly and curly ones straight, whichever the text uses more of (double marks counted).
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
  return text
    .split('\n')
    .map((line) => quoteRuns(line).map((run) => (run.quoted ? curlDoubles(run.text) : run.text)).join(''))
    .map(curlSingles)
    .join('\n');
}

/** A quoted run's straight double marks made curly: the first opens, a last one closes. */
function curlDoubles(run: string): string {
  return run.replace(/^"/, '“').replace(/"$/, '”');
}

/** Straight single marks made curly: an apostrophe or closing mark after a letter or before a space, an opening one otherwise. */
function curlSingles(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c !== "'") {
      out += c;
      continue;
    }
    const prev = line[i - 1] ?? ' ';
    const next = line[i + 1] ?? ' ';
    const opens = !WORD.test(prev) && !/[.,!?;:)\]”]/.test(prev) && (WORD.test(next) || next === '“');
    out += opens ? '‘' : '’';
  }
  return out;
}

/**
 * Quotations in single marks, quotations inside them in double marks, apostrophes curly (British style). A
 * quotation left open at a line's end (a quote running on over paragraphs) opens with a single mark too.
 *
 * @param text The article.
 * @example
 * singleMarks('"They called it \'a disgrace\'," he said. "It's over."')
 * // => '‘They called it “a disgrace”,’ he said. ‘It’s over.’'
 */
export function singleMarks(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      quoteRuns(line)
        .map((run) => {
          if (!run.quoted) return run.text.replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
          const closed = /["”]$/.test(run.text) && run.text.length > 1;
          const inner = run.text.slice(1, closed ? -1 : undefined);
          const nested = inner
            .replace(/(^|[\s(—–-])['‘]([^'‘’"“”]*[^\s'‘’"“”])['’](?=$|[\s,.;:!?)—–-])/gu, '$1“$2”')
            .replace(/'/g, '’');
          return `‘${nested}${closed ? '’' : ''}`;
        })
        .join(''),
    )
    .join('\n');
}
