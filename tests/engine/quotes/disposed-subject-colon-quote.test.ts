/**
 * A quote after a colon whose subject is "prepared", "determined" or "pleased" to do something
 * (disposed-subject-colon-quote; cues/disposition-before-infinitive.ts, lexicon disposition-participles.json): the
 * participle before "to" and a verb is the subject's own readiness, not a passive, so the subject speaks. News-shaped
 * sentences written for these tests; rows with null show what stays unattributed.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('a participle of readiness before "to" and a verb keeps the subject before a colon as speaker', () => {
  test.each<[string, string, [string, string | null][]]>([
    ['"is prepared to go this far:"', 'The mill closed in May.\n\nMill owner Greta Lund is far too careful to promise much. She is prepared to go this far: "We will reopen one line before winter."', [['We will reopen one line before winter.', 'Greta Lund']]],
    ['"was determined to add:" after a name', 'The mill closed in May.\n\nGreta Lund was determined to add one thing: "Nobody will lose a pension."', [['Nobody will lose a pension.', 'Greta Lund']]],
    ['"is pleased to report:" with an adverb', 'The mill closed in May.\n\nGreta Lund is clearly pleased to report progress: "Orders are up by a third."', [['Orders are up by a third.', 'Greta Lund']]],
    ['a passive hearer stays withheld: "was told:"', 'The mill closed in May.\n\nGreta Lund was told by the bank: "The loan is off."', [['The loan is off.', null]]],
    ['a participle of readiness before "to" and a capital (a place) is no verb: withheld', 'The mill closed in May.\n\nGreta Lund was prepared to Oslo: "The loan is off."', [['The loan is off.', null]]],
    ['the same participle without "to" is a passive: withheld', 'The mill closed in May.\n\nGreta Lund was prepared by her lawyers for the hearing: "The loan is off."', [['The loan is off.', null]]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});
