/**
 * "Remarked Acme scientist Ann Roe, “…”" (issue 13, round 42d): a verb of saying opens the sentence and its subject
 * follows it, before a comma or colon and the quote. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('inverted-verb-opens-sentence: the subject after an opening verb of saying speaks', () => {
  test.each<[string, string, string | null, string | null]>([
    ['a body and a role before the name', 'Remarked Harbour Trust scientist Tom Reeve, “The count is a thank-you from the birds.”', 'Tom Reeve', 'inverted-verb-opens-sentence'],
    ['a colon before the quote: the subject before the colon is read first', 'Concluded Councillor Ruth Calder: “We will rebuild the bridge this year.”', 'Ruth Calder', 'subject-colon-quote'],
    ['a present-tense verb, a lower-case role before the name', 'Writes critic Mark Hollis, “The second act drags on far too long.”', 'Mark Hollis', 'inverted-verb-opens-sentence'],
    ['a name with an appositive after it', 'Added Ruth Calder, the council leader, “We will rebuild the bridge this year.”', 'Ruth Calder', 'inverted-verb-opens-sentence'],
    ['a participle phrase with a preposition is no inverted verb', 'Added to the list of Tom Vance, “Rebuild the bridge” was the last item.', null, null],
    ['a listener verb is left out', 'Told Ruth Calder, “We will rebuild the bridge this year.”', null, null],
  ])('%s', (_label, article, speaker, rule) => {
    const quote = quotesOfLines(article).at(-1);
    expect(quote?.speaker ?? null).toBe(speaker);
    expect(quote?.rule ?? null).toBe(rule);
  });
});
