/**
 * "it" opening the sentence right after one whose subject is a speaking document ("Ms Roe's statement said: “…” It
 * added: “…”") continues that document: the quote goes to whoever the document's quote went to, not to a body named
 * earlier (issue 13, round 28). Without a document as the subject before, "it" is resolved as before.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('"it" after a speaking document', () => {
  test.each([
    ['a possessed statement after a newspaper', 'The Herald on Sunday said Jane Morley had quit the board. Ms Morley\'s statement said: "I have not resigned." It added: "I remain fully committed to the company."', ['Jane Morley', 'Jane Morley']],
    ['a body\'s letter with an adverb', 'The Daily Courier reported that Norwick Council would close two libraries. Norwick Council\'s letter also said: "No decision has been taken." It went on: "We will consult residents first."', ['Norwick Council', 'Norwick Council']],
  ])('the document’s speaker: %s', (_label, text, names) => {
    expect(speakers(text)).toEqual(names);
  });

  test.each([
    ['no document before', 'Halden Motors posted record sales on Monday. It said: "Demand has never been stronger."', ['Halden Motors']],
  ])('unchanged: %s', (_label, text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
