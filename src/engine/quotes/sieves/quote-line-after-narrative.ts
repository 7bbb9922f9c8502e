/**
 * Sieve: a line that is only a quote, after at most two lines that name nobody (no actor outside
 * quotes but places, and after a person's quote bodies too) and report no speech, continues the speaker of the quote just before them — "“…,” said Mr Saldarriaga." ⏎
 * "The training sessions have been a showcase." ⏎ "“We have had an excellent response.”"
 */
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import { holdsSpokenQuote, isSpokenQuote } from '../drop-set-off-phrases.ts';
import { isOnlyQuotesLine, isPointedBackAt, type Sieve, type SieveContext } from './sieve.ts';
import { isNameHeading } from './quote-line-after-heading.ts';

/** Kinds of actor a line between may name without taking the quote from the speaker before. */
const UNSPOKEN: ReadonlySet<string> = new Set(['place']);
/** The same after a person's quote: a company or body named in narrative does not speak a bare quote. */
const UNSPOKEN_BESIDE_PERSON: ReadonlySet<string> = new Set(['place', 'organization']);

/** How many lines without names may stand between the two quotes. */
const MAX_LINES_BETWEEN = 2;

/** True when the article names the actor as a person. */
function isPersonActor(context: SieveContext, actor: string): boolean {
  return context.index.some((entry) => entry.list.some((m) => m.actor === actor && m.kind === 'person'));
}

/**
 * @example
 * // "“We grew,” said Ana Ruiz. ⏎ The sessions were full. ⏎ “Young people came.”" → ana-ruiz
 */
export const quoteLineAfterNarrative: Sieve = {
  rule: 'quote-line-after-narrative',
  attribute(context, i) {
    const { quotes, paragraphs, index } = context;
    const q = quotes[i]!;
    // The quote before, passing over titles and set-off words ('the documentary “Open Doors”'), which nobody says.
    let k = i - 1;
    while (k >= 0 && !isSpokenQuote(paragraphs[quotes[k]!.position]!, quotes[k]!.quote)) k--;
    const previous = quotes[k];
    if (!previous || previous.speaker === null || q.sentence !== 0 || !q.startsSentence || !q.endsSentence || !isOnlyQuotesLine(context, q) || isPointedBackAt(context, q)) return undefined;
    // Only from a speaker a cue or a close continuation gave, never from another guess across lines.
    if (previous.rule === 'quote-line-after-subject' || previous.rule === 'quote-line-after-narrative') return undefined;
    const between = q.position - previous.position - 1;
    if (between < 1 || between > MAX_LINES_BETWEEN) return undefined;
    // "Harbour Pilots Association" ⏎ "“…”": a heading that names someone the article does not know starts another statement.
    if (isNameHeading(paragraphs[q.position - 1]!)) return undefined;
    // A place, or a body beside a person who spoke ("“…,” said Ana Ruiz of the Retail Council. ⏎ The council
    // meets in May."), says nothing; another person, or a body after a body's words, may.
    const passedOver = isPersonActor(context, previous.speaker) ? UNSPOKEN_BESIDE_PERSON : UNSPOKEN;
    // Nothing after the previous quote in its own line names anyone else either.
    const previousParagraph = paragraphs[previous.position]!;
    if (previousParagraph.quotes.some((_span, n) => n > previous.quote && isSpokenQuote(previousParagraph, n))) return undefined;
    for (let p = previous.position; p < q.position; p++) {
      const after = p === previous.position ? previousParagraph.quotes[previous.quote]!.close : -1;
      for (const m of index[p]!.list) {
        if (m.inQuote || m.actor === previous.speaker || passedOver.has(m.kind)) continue;
        if (p > previous.position || paragraphs[p]!.tokens[m.first]!.start >= after) return undefined;
      }
      if (p > previous.position && holdsSpokenQuote(paragraphs[p]!)) return undefined;
      // "The victim told police she had woken …": reported speech by someone unnamed.
      if (p > previous.position && paragraphs[p]!.tokens.some((t) => t.word && !t.cap && SPEECH_VERBS.has(t.lower))) return undefined;
    }
    return { speaker: previous.speaker, resolution: 'previous-quote-speaker', cue: 'floating', ...(previous.verb ? { verb: previous.verb } : {}) };
  },
};
