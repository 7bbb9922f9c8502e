/**
 * A story's headline in the words its sources share, rather than one outlet's headline word for word.
 */
import clauseBreaks from '../lexicons/headline-clause-breaks.json' with { type: 'json' };
import type { TextMemory } from '../text/text-memory.ts';
import { balanceQuotes } from './balance-quotes.ts';

/** What the headline needs of an article: its own title, if any, and its opening paragraphs. */
export interface HeadlineSource {
  title?: string;
  paragraphs: readonly { text: string }[];
}

/** Options for {@link writeStoryHeadline}. */
export interface WriteStoryHeadlineOptions {
  /** Longest headline, in characters: longer ones are cut at a clause break, or else not used. Default 120. */
  maxLength?: number;
  /** Opening paragraphs of each article read as its lead. Default 2. */
  leadParagraphs?: number;
}

/** Where a headline may end: the clause after these adds context or one outlet's angle. */
const CLAUSE_BREAKS = new RegExp(
  [`,\\s+(?:${clauseBreaks.afterComma.join('|')})\\s`, `\\s+(?:${clauseBreaks.afterSpace.join('|')})\\s`, '\\s+[—–-]\\s', ';\\s'].join('|'),
  'giu',
);

/**
 * Writes a story's headline from what its sources share. Candidates are each source's title and the
 * first sentence of its lead, cut to their main clause (and left out when still too long to be a
 * headline); the one whose content terms the other sources'
 * titles and leads carry most (on average over those sources) wins, so the headline says what most
 * sources say. A candidate with quotation marks (one outlet's framing in someone's words) counts for
 * less. A story of one source keeps that source's title.
 *
 * @param sources The story's articles, oldest first.
 * @param memory Sentences and content terms of a text.
 * @returns A headline without a final full stop.
 * @example
 * writeStoryHeadline([
 *   { title: "Leaders reject Macron's plan in bid to stop 'Russia winning'", paragraphs: [{ text: 'Nato countries have ruled out sending troops to Ukraine.' }] },
 *   { paragraphs: [{ text: 'Several Nato countries have ruled out deploying troops to Ukraine, after Macron said nothing was excluded.' }] },
 * ], memory)
 * // => 'Nato countries have ruled out sending troops to Ukraine'
 */
export function writeStoryHeadline(
  sources: readonly HeadlineSource[],
  memory: Pick<TextMemory, 'contentTerms' | 'sentences'>,
  options: WriteStoryHeadlineOptions = {},
): string | undefined {
  const { maxLength = 120, leadParagraphs = 2 } = options;
  const leads = sources.map((source) => [source.title ?? '', ...source.paragraphs.slice(0, leadParagraphs).map((p) => p.text)].join('\n'));
  const termsOf = (text: string): Set<string> => new Set([...memory.contentTerms(text)].map((term) => term.replace(/['’]s$/u, '')));
  const leadTerms = leads.map(termsOf);
  if (sources.length < 2) return undefined;
  let best: { text: string; score: number } | undefined;
  sources.forEach((source, article) => {
    const first = source.paragraphs[0]?.text ?? '';
    const opening = memory.sentences(first)[0]?.text;
    for (const candidate of [source.title, opening]) {
      const text = candidate === undefined ? undefined : toHeadline(candidate, maxLength);
      if (!text) continue;
      const terms = termsOf(text);
      if (terms.size < 3) continue;
      let sum = 0;
      leadTerms.forEach((other, i) => {
        if (i === article) return;
        let shared = 0;
        for (const term of terms) if (other.has(term)) shared++;
        sum += shared / terms.size;
      });
      const score = (sum / (sources.length - 1)) * (/["“”«»„]|(?:^|\s)'|'(?:\s|$)/u.test(text) ? 0.7 : 1);
      if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && (text.length < best.text.length || (text.length === best.text.length && text < best.text)))) {
        best = { text, score };
      }
    }
  });
  return best?.text;
}

/**
 * A title or sentence as a headline: whitespace collapsed, cut at the last clause break that keeps
 * it within `maxLength` (or at "…, after" that tells what led to the news), without a final full stop.
 * `undefined` when it cannot stand as a headline (longer than `maxLength`, or nothing left).
 */
function toHeadline(text: string, maxLength: number): string | undefined {
  let headline = text.replace(/\s+/gu, ' ').trim();
  const breaks = [...headline.matchAll(CLAUSE_BREAKS)].map((match) => match.index).filter((index) => index > 20);
  if (headline.length > maxLength && breaks.length > 0) {
    const fitting = breaks.filter((index) => index <= maxLength);
    headline = headline.slice(0, fitting.at(-1) ?? breaks[0]!);
  } else if (breaks.length > 0 && /,\s+after\s/iu.test(headline.slice(breaks[0]!, breaks[0]! + 8))) {
    // "X did Y, after Z said …": the news is X doing Y.
    headline = headline.slice(0, breaks[0]!);
  }
  headline = headline.replace(/[\s,;:.]+$/u, '');
  if (headline.length === 0 || headline.length > maxLength) return undefined;
  return balanceQuotes(headline);
}
