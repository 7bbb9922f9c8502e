import { describe, expect, test } from 'vitest';
import { partyTags } from '../../../src/cli/perturb/party-tags.ts';
import type { ExpectedArticle } from '../../../src/cli/score-quotes.ts';

const key = (...speakers: string[]): ExpectedArticle => ({
  style: 's',
  actors: speakers.map((name) => ({ name, kind: 'person' as const })),
  quotes: speakers.map((speaker, i) => ({ text: `q${i}`, speaker })),
});

describe('partyTags', () => {
  test.each([
    ['a speaker named in narration', 'Title\n\nAnn Moss said “no” to the plan.', key('Ann Moss'), /^Title\n\nAnn Moss \([DRI]-[^)]+\) said “no” to the plan\.$/],
    ['only the first mention', 'Title\n\nTom Hale spoke.\n\nTom Hale left.', key('Tom Hale'), /^Title\n\nTom Hale \([DRI]-[^)]+\) spoke\.\n\nTom Hale left\.$/],
    ['not inside a quote', 'Title\n\n“Ask Ann Moss,” he said. Ann Moss agreed.', key('Ann Moss'), /^Title\n\n“Ask Ann Moss,” he said\. Ann Moss \([DRI]-[^)]+\) agreed\.$/],
  ])('tags %s', (_label, text, k, expected) => {
    expect(partyTags(text, k, 'a.txt')).toMatch(expected);
  });

  test('leaves a possessive and a one-word name alone', () => {
    const text = 'Title\n\nAnn Moss’s bill passed. Lula spoke.';
    expect(partyTags(text, key('Ann Moss', 'Lula'), 'a.txt')).toBe(text);
  });
});
