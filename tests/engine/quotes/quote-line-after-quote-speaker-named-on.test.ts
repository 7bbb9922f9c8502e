/**
 * Sieve `quote-line-after-quote-speaker-named-on` (issue 13, helper 39b): a paragraph opening on a quote after a
 * paragraph that ends on a quote by someone goes on with that speaker when the sentence right after the quote names the
 * speaker again, even beside other names; with only another name there the quote is not carried on (that name may be
 * its speaker). News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfTexts } from '../../support/engine-stages.ts';

/** The quote that starts with `opening`, in an article of blank-line paragraphs. */
const quoteOf = (article: string, opening: string) => quotesOfTexts(article.split(/\n\s*\n/)).find((q) => q.text.startsWith(opening));

describe('a quote line whose next sentence names the last speaker again is that speaker\'s', () => {
  test.each<[string, string, string, string | null, string | null]>([
    [
      'another name before the speaker in the next sentence',
      'Coach Ray Connolly met the young players in Leeds.\n\n"If they are picked, they must deliver," he said.\n\n"If not, someone else will take their place." In a year that saw Ian Dale emerge as the new hope, Connolly dismissed talk of pressure.',
      'If not',
      'Ray Connolly',
      'quote-line-after-quote-speaker-named-on',
    ],
    [
      'the speaker named again after a name in an aside',
      'Singer Mara Voss spoke to fans after the show.\n\n"It was the best crowd of the tour," said Voss.\n\n"We will be back next summer." Asked about her old bandmate Lee Crane, Voss only smiled.',
      'We will be back',
      'Mara Voss',
      'quote-line-after-quote-speaker-named-on',
    ],
    [
      'only another name after the quote: that name\'s, by its own cue, not the last speaker\'s',
      'Coach Ray Connolly met the young players in Leeds.\n\n"If they are picked, they must deliver," he said.\n\n"Nobody is guaranteed a place." The warning came from Ian Dale, the team captain.',
      'Nobody is',
      'Ian Dale',
      'named-in-next-sentence',
    ],
    [
      'the speaker only as a possessor in the next sentence: unplaced',
      'Coach Ray Connolly met the young players in Leeds.\n\n"If they are picked, they must deliver," he said.\n\n"Nobody is guaranteed a place." Connolly\'s assistant Ian Dale agreed.',
      'Nobody is',
      null,
      null,
    ],
  ])('%s', (_name, article, opening, speaker, rule) => {
    const q = quoteOf(article, opening);
    expect(q?.speaker ?? null).toBe(speaker);
    if (rule) expect(q?.rule).toBe(rule);
  });
});
