/**
 * Rewrite `headings` of `npm run perturb`: a paragraph that is one attribution sentence with a named speaker —
 * `“Q,” said NAME.`, `“Q,” NAME said.` or `NAME said: “Q.”`, NAME a capitalised name of two to six words, with at
 * most an aside of capitalised words after a comma ("Ann Roe, Director of the Water Board") — becomes the press-release
 * shape of statements of support: a heading line that only names the speaker, then the quotation as a paragraph of
 * its own (`NAME` ⏎ `“Q.”`). The words of every quotation and who said what stay the same, so the keys stay valid.
 * The article's first line (its headline), a paragraph that continues a quotation left open and one after a paragraph
 * that is only a quotation (whose speaker this one's cue gives) are left alone.
 */
import { quoteRuns } from './quote-runs.ts';

/** A capitalised word of a name: "Ann", "O'Neill", "Lolo-Vea", an initial or abbreviation with its dot ("S.", "Dr.", "U.S."). */
const CAP = "(?:(?:\\p{Lu}\\.){1,3}|\\p{Lu}[\\p{L}'’-]*\\.?)";
/** A name: two to six capitalised words. */
const NAME = `${CAP}(?: ${CAP}){1,5}`;
/** An aside of a heading: capitalised words, link words of names and posts, digits ("Chair of the Water Board, 2001-2009"). */
const ASIDE = `(?:, (?:${CAP}|of|the|and|for|on|in|at|&|\\d[\\d-]*)(?: (?:${CAP}|of|the|and|for|on|in|at|&|\\d[\\d-]*)){0,9})?`;
const SPEAKER = `(${NAME}${ASIDE})`;
const VERB = '(?:said|says|added|adds)';
/** `“Q,” said NAME.` */
const QUOTE_FIRST = new RegExp(`^(["“])([^"“”]+?)[,.]?(["”]),? ${VERB} ${SPEAKER}\\.$`, 'u');
/** `“Q,” NAME said.` */
const QUOTE_THEN_NAME = new RegExp(`^(["“])([^"“”]+?)[,.]?(["”]),? ${SPEAKER} ${VERB}\\.$`, 'u');
/** `NAME said: “Q.”` */
const NAME_FIRST = new RegExp(`^${SPEAKER} ${VERB}: (["“])([^"“”]+?)(["”])$`, 'u');
/** Words that open a sentence without being part of a name ("But Ann Roe said: …"). */
const NOT_A_NAME = /^(?:But|And|Or|So|Yet|Then|Now|Also|However|Meanwhile|Today|Yesterday|The|A|An|This|That|He|She|They|It|We|I|You|In|On|At|After|Before|When|While|As|If|Asked|Speaking)$/;

/** The heading and the quotation paragraph a line turns into, or undefined when it is no such sentence. */
function asHeading(line: string): { heading: string; quote: string } | undefined {
  let speaker: string | undefined;
  let open = '';
  let q = '';
  let close = '';
  const first = QUOTE_FIRST.exec(line) ?? QUOTE_THEN_NAME.exec(line);
  if (first) [, open, q, close, speaker] = first as unknown as [string, string, string, string, string];
  else {
    const m = NAME_FIRST.exec(line);
    if (!m) return undefined;
    [, speaker, open, q, close] = m as unknown as [string, string, string, string, string];
  }
  if (!speaker || NOT_A_NAME.test(speaker.split(' ')[0]!)) return undefined;
  const body = /[.!?…]$/.test(q) ? q : `${q}.`;
  return { heading: speaker, quote: `${open}${body}${close}` };
}

/**
 * Turns each paragraph that is one attribution sentence with a named speaker into a heading line naming the
 * speaker and the quotation as its own paragraph.
 *
 * @param text An article text.
 * @example
 * toHeadings('Title\n\n“We won,” said Ann Roe.') // => 'Title\n\nAnn Roe\n\n“We won.”'
 * toHeadings('Title\n\nAnn Roe, Chair of the Board, said: “Prices will fall.”') // => 'Title\n\nAnn Roe, Chair of the Board\n\n“Prices will fall.”'
 */
export function toHeadings(text: string): string {
  const separator = text.includes('\n\n') ? '\n\n' : '\n';
  const lines = text.split('\n');
  let seenHeadline = false;
  return lines
    .map((line, i) => {
      if (line.trim() === '') return line;
      if (!seenHeadline) {
        seenHeadline = true;
        return line;
      }
      // A paragraph after one whose quotation runs on continues it.
      const previous = lines.slice(0, i).reverse().find((l) => l.trim() !== '') ?? '';
      const runs = quoteRuns(previous);
      if (runs.length > 1 && runs.at(-1)!.quoted) return line;
      // A paragraph that is only a quotation before it takes its speaker from this one's cue; under a heading it would not.
      if (runs.length > 0 && runs.every((r) => r.quoted || !/\p{L}/u.test(r.text))) return line;
      const turned = asHeading(line.trim());
      return turned ? `${turned.heading}${separator}${turned.quote}` : line;
    })
    .join('\n');
}
