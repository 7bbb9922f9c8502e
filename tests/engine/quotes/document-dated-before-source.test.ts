/**
 * "“…,” according to a tweet on Monday by NAME": a day or month between a document and the one who issued it
 * (issue 13, round 20). The issuer speaks, as in "according to a tweet by NAME". Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('a document, a date, then its source', () => {
  test.each<[string, string, string | null]>([
    ['a weekday', 'The ferry line was fined last year.\n“The line has ignored every warning,” according to a tweet on Monday by Transport Minister Ruth Kamara.', 'Ruth Kamara'],
    ['a month', 'The ferry line was fined last year.\n“The line has ignored every warning,” according to a letter in March from Peter Oduya.', 'Peter Oduya'],
    ['no date, as before', 'The ferry line was fined last year.\n“The line has ignored every warning,” according to a tweet by Transport Minister Ruth Kamara.', 'Ruth Kamara'],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
