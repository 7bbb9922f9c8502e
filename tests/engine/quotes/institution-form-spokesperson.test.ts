/**
 * resolve/institution-form-spokesperson.ts: a spokesperson named by another form of an institution than the article's
 * own ("a Conservative spokeswoman" where the article says "the Tories") speaks for that body. Sentences written for
 * these tests; rows with speaker null show where the resolver must withhold.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, resolution?: string];

/** [text, speaker, resolution] per quote of lines (one paragraph each). */
function resolutionsOf(article: string): Row[] {
  return quotesOfLines(article).map((q) => (q.resolution ? [q.text, q.speaker, q.resolution] : [q.text, q.speaker]));
}

describe('spokesperson-to-institution-form: another form of a body the article names', () => {
  test.each<[string, string, Row[]]>([
    [
      'the adjective with “Party” after it is a form of the party the article calls “the Tories”',
      'The Tories unveiled a billboard in Leeds on Monday.\nBut a Conservative spokeswoman said: “The billboard speaks for itself.”',
      [['The billboard speaks for itself.', 'Conservative Party', 'spokesperson-to-institution-form']],
    ],
    [
      '“she” after the spokeswoman speaks for the same body',
      'The Conservatives denied breaking the rules on cold calls.\nA Conservative spokeswoman said the party had checked every list.\nShe said: “We follow the code to the letter.”',
      [['We follow the code to the letter.', 'Conservative Party', 'spokesperson-to-institution-form']],
    ],
    [
      'a form the actor stages already joined to the body (“Tory” for “the Conservative Party”) keeps the plain rule',
      'The Conservative Party published its costings on Tuesday.\n“Every pledge is paid for,” a Tory spokesman said.',
      [['Every pledge is paid for,', 'Conservative Party', 'spokesperson-to-organization']],
    ],
    [
      'an institution the article never names as a body: withheld',
      'Ministers met union leaders on Friday.\n“Talks went well,” a Conservative spokesman said.',
      [['Talks went well,', null]],
    ],
    [
      'words that are no institution of the lexicon: withheld',
      'The Tories unveiled a billboard in Leeds.\n“It speaks for itself,” a Quorvane Street spokesman said.',
      [['It speaks for itself,', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});
