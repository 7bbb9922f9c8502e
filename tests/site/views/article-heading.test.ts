import { describe, expect, test } from 'vitest';
import { articleToHeading } from '../../../src/site/views/article-heading.ts';

describe('articleToHeading', () => {
  const article = (title: string | undefined, opening: string, displayTitle: string) => ({
    meta: title ? { title } : {},
    paragraphs: [{ index: 0, line: 1, text: opening }],
    displayTitle,
  });
  test.each([
    ['the title', article('Allies reject plan', 'Nato ruled it out. More.', 'Allies reject plan'), 'Allies reject plan'],
    ['the whole opening sentence of an untitled article', article(undefined, 'Several NATO countries, including the US, Germany and the UK, have ruled out deploying ground troops to Ukraine. More.', 'Several NATO countries, including the US, Germany and the UK, have ruled out deploying…'), 'Several NATO countries, including the US, Germany and the UK, have ruled out deploying ground troops to Ukraine.'],
    ['the display title when the sentence is too long to head a page', article(undefined, `${'word '.repeat(70)}end.`, 'word word…'), 'word word…'],
  ])('gives %s', (_name, value, expected) => {
    expect(articleToHeading(value)).toBe(expected);
  });
});
