/**
 * The reader of quotation marks every rewrite of `npm run perturb` shares: runs inside and outside quotes, and
 * whether a position is quoted.
 */
import { describe, expect, test } from 'vitest';
import { isQuotedAt, quoteRuns } from '../../../src/cli/perturb/quote-runs.ts';

describe('quoteRuns', () => {
  test.each<[string, string, { text: string; quoted: boolean }[]]>([
    ['curly marks', 'He said “no” today.', [{ text: 'He said ', quoted: false }, { text: '“no”', quoted: true }, { text: ' today.', quoted: false }]],
    ['straight marks toggle', 'A "b" c', [{ text: 'A ', quoted: false }, { text: '"b"', quoted: true }, { text: ' c', quoted: false }]],
    ['a quote left open runs to the end', 'He said: “We lost.', [{ text: 'He said: ', quoted: false }, { text: '“We lost.', quoted: true }]],
    ['a closing mark with nothing open is narration', 'No” here', [{ text: 'No” here', quoted: false }]],
  ])('%s', (_name, line, runs) => {
    expect(quoteRuns(line)).toEqual(runs);
    expect(quoteRuns(line).map((r) => r.text).join('')).toBe(line);
  });
});

describe('isQuotedAt', () => {
  test.each<[string, string, number, boolean]>([
    ['a word inside curly marks', 'He said “no” today.', 9, true],
    ['a word before them', 'He said “no” today.', 0, false],
    ['a word after them', 'He said “no” today.', 13, false],
    ['a word after a second opening mark of a quote left open', 'A “b “c d', 7, true],
    ['a word after a quote left open by straight marks', 'A "b c', 4, true],
  ])('%s', (_name, line, index, quoted) => {
    expect(isQuotedAt(line, index)).toBe(quoted);
  });
});
