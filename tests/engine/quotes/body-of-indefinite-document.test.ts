/**
 * "A Harbour Audit Office report says … It says there is “little evidence” …": a body named after "a"/"an" as the
 * modifier of a document that is the subject of a verb of saying may be what a later "it" stands for; a body that
 * modifies any other noun after "a" ("won a CES design award") still may not.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('speaksThroughIndefiniteDocument', () => {
  test.each([
    ['a report with a topic phrase', 'A Norwick Water Board report on the 12 largest dams says repairs are late. It says there is "no sign of progress" on the work.', ['Norwick Water Board']],
    ['a statement with a lower-case modifier', 'An Eldermoor Water Board annual statement said fares would rise. It said the rise was "unavoidable" this year.', ['Eldermoor Water Board']],
    ['a study after a comma and an adverb', 'In March, a Halden University study also found that bees were declining. It warned of a "silent spring" ahead.', ['Halden University']],
  ])('the body of the document speaks: %s', (_label, text, names) => {
    expect(speakers(text)).toEqual(names);
  });

  test.each([
    ['a document that is an object', 'Tom Reeve cited a Norwick Water Board report on the dams. It was "a wake-up call", he said.', ['Tom Reeve']],
    ['a body modifying another noun', 'The new pump from Halden won a Norwick Water Board design prize. It said the prize was "a great honour" for the firm.', [null]],
  ])('no body through the document: %s', (_label, text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
