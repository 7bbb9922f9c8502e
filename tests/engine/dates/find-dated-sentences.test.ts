import { describe, expect, test } from 'vitest';
import { findDatedSentences } from '../../../src/engine/dates/find-dated-sentences.ts';

const paragraphs = (...texts: string[]) => texts.map((text, index) => ({ index, line: index + 1, text }));

describe('findDatedSentences', () => {
  test.each([
    {
      name: 'a weekday read against the article’s day',
      texts: ['Mr Macron said on Monday that nothing should be ruled out.'],
      published: '2024-02-27T23:55:00Z',
      expected: [{ paragraph: 0, order: 0, start: 0, end: 58, date: '2024-02-26', precision: 'day', at: 15, length: 9 }],
    },
    {
      name: 'a weekday in an undated article is not placed',
      texts: ['Mr Macron said on Monday that nothing should be ruled out.'],
      published: undefined,
      expected: [],
    },
    {
      name: 'a full date in an undated article is placed',
      texts: ['The summit in Paris opened on 26 February 2024 with twenty leaders.'],
      published: undefined,
      expected: [{ paragraph: 0, order: 0, date: '2024-02-26', precision: 'day' }],
    },
    {
      name: 'sentence order counts every sentence, dated or not, across paragraphs',
      texts: ['Leaders met in Paris. They talked for hours about aid.', 'The ministers will meet again on Thursday in Brussels.'],
      published: '2024-02-27',
      expected: [{ paragraph: 1, order: 2, start: 0, date: '2024-02-29', precision: 'day' }],
    },
    {
      name: 'sentences under five words are not events',
      texts: ['It ended on Monday.'],
      published: '2024-02-27',
      expected: [],
    },
    {
      name: '"last week" gives a week, dated by its Monday',
      texts: ['The minister visited the border towns last week with aid.'],
      published: '2024-02-27',
      expected: [{ date: '2024-02-19', precision: 'week' }],
    },
  ])('$name', ({ texts, published, expected }) => {
    const found = findDatedSentences(paragraphs(...texts), published);
    expect(found).toHaveLength(expected.length);
    found.forEach((d, i) => expect(d).toMatchObject(expected[i]!));
  });

  test('offsets point at the sentence and at the date expression inside it', () => {
    const text = 'Talks stalled. Officials said on Friday that the aid deal was close.';
    const [d] = findDatedSentences(paragraphs(text), '2024-03-04');
    const sentence = text.slice(d!.start, d!.end);
    expect(sentence).toBe('Officials said on Friday that the aid deal was close.');
    expect(sentence.slice(d!.at, d!.at + d!.length)).toMatch(/Friday/);
    expect(d!.date).toBe('2024-03-01');
  });
});
