/**
 * A bare surname that speaks is not the person its own quotation names (issue 13, round 20): "“[Jill] and I are
 * home,” Cole wrote" after "Tom Cole and his wife Jill Cole". Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('a surname speaker named inside the quote is someone else', () => {
  test.each<[string, string, string | null]>([
    [
      'the namesake the quote names gives way to the other one',
      'Mayor Tom Cole and his wife Ruth Cole were taken to hospital on Friday.\nCole posted on his website, “[Ruth] and I are grateful for the doctors. We will be home soon.”',
      'Tom Cole',
    ],
    [
      'a given name without brackets',
      'Senator Ana Brandt and her husband Paul Brandt voted early.\n“Paul and I have never missed an election,” Brandt said.',
      'Ana Brandt',
    ],
    [
      'no other namesake named in full: unclear',
      'Ruth Cole left the clinic on Friday with her husband.\nCole wrote on Facebook, “[Ruth] and I are grateful for the doctors.”',
      null,
    ],
    [
      'a quote that names someone else keeps its speaker',
      'Coach Ann Roe and her brother Mark Roe watched the final.\n“Mark kept me calm all week,” Ann Roe said.',
      'Ann Roe',
    ],
    [
      'a surname speaker whose quote names another person keeps its speaker',
      'Dana Whitlock chairs the harbour board.\n“Tom Reyes will lead the review,” Whitlock said.',
      'Dana Whitlock',
    ],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
  });

  test('a company that names itself in its statement is not withheld', () => {
    const [quote] = quotesOfLines('Carver Motor Company said on Friday that regulators had opened an inquiry.\n“Carver is cooperating fully with the inquiry,” Carver told reporters.');
    expect(quote?.speaker ?? null).not.toBeNull();
  });
});
