import { describe, expect, test } from 'vitest';
import { groupStatements } from '../../../src/engine/digest/03-group-statements.ts';
import type { DigestQuote } from '../../../src/engine/digest/schema.ts';

const quote = (id: string, article: string, text: string, speaker = 'macron'): DigestQuote => ({
  id, article, text, speaker, paragraph: 0, start: 0, end: text.length, cue: 'said-after', partial: false, statement: null,
});

const grouped = (texts: string[], speakers?: string[]) => {
  const quotes = texts.map((t, i) => quote(`q${i}`, `a${i}`, t, speakers?.[i]));
  return groupStatements(quotes, new Map()).statements.map((s) => s.quotes.map((q) => Number(q.slice(1))));
};

describe('groupStatements', () => {
  test.each<[string, string[], number[][]]>([
    ['groups verbatim copies', ['no consensus', 'no consensus', 'no consensus'], [[0, 1, 2]]],
    ['groups translation variants', ['nothing should be excluded', 'nothing should be ruled out', 'Nothing should be ruled out,'], [[0, 1, 2]]],
    ['groups an excerpt with the fuller quote', ['nothing should be ruled out', 'nothing should be ruled out. We will do whatever it takes to ensure that Russia cannot win this war,'], [[0, 1]]],
    [
      'groups paraphrases sharing most content words',
      [
        'In that case, we would need to talk not about the probability, but about the inevitability [of direct conflict].',
        'In this case, we need to talk not about the likelihood, but about the inevitability of a conflict,',
      ],
      [[0, 1]],
    ],
    ['keeps different remarks apart', ['no consensus', 'strategic ambiguity', 'necessary'], [[0], [1], [2]]],
    ['does not group on one shared common word', ['we must act now', 'we must wait and see what the data say'], [[0], [1]]],
    [
      'does not chain two occasions through a short remark both share',
      [
        'What was agreed among ourselves from the very beginning also applies to the future, namely that there will be no ground troops sent by European countries or NATO states',
        'One thing is clear: there will be no ground troops from European NATO states',
        'We agreed that everyone must do more for Ukraine in Paris yesterday. Ukraine needs weapons, ammunition and air defence. We are working on it. It is clear: there will be no ground troops from European NATO states',
      ],
      [[0, 1], [2]],
    ],
    ['does not group two remarks through the excerpt they both contain', ['no ground troops', 'there will be no ground troops on Ukrainian soil, as agreed from the very beginning', 'we must send weapons and ammunition, but no ground troops'], [[0, 1], [2]]],
  ])('%s', (_, texts, expected) => {
    expect(grouped(texts)).toEqual(expected);
  });

  test('never groups the same words by different speakers', () => {
    expect(grouped(['no consensus', 'no consensus'], ['macron', 'scholz'])).toEqual([[0], [1]]);
  });

  test('flags a statement whose wording differs between outlets and names the earliest source', () => {
    const quotes = [quote('q1', 'late', 'nothing should be ruled out'), quote('q2', 'early', 'nothing should be excluded')];
    const { statements } = groupStatements(quotes, new Map([['late', '2024-02-28'], ['early', '2024-02-27']]));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ wordingDiffers: true, earliest: 'early', articles: ['early', 'late'] });
    expect(statements[0]?.variants.map((v) => v.text).sort()).toEqual(['nothing should be excluded', 'nothing should be ruled out']);
  });
});
