import { describe, expect, test } from 'vitest';
import type { DigestArticle, Statement } from '../../../src/engine/digest/schema.ts';
import { statementsToTimeline } from '../../../src/site/views/statement-timeline.ts';
import { fixtureDigest, fixtureSiteData } from '../../fixtures/site-digest.ts';

describe('statementsToTimeline', () => {
  const statement = (id: string, articles: string[], earliest?: string): Statement => ({
    id,
    speaker: 'x',
    text: id,
    quotes: [],
    articles,
    ...(earliest && { earliest }),
    variants: [],
    wordingDiffers: false,
  });
  const undatedArticle: DigestArticle = { ...fixtureDigest.articles[0]!, slug: 'undated', meta: {} };
  const articles = new Map([...fixtureSiteData.articles, ['undated', undatedArticle]]);

  test('counts statements by the UTC day of their earliest source, oldest first', () => {
    const timeline = statementsToTimeline([statement('b', ['guardian-troops']), statement('a', ['bbc-troops', 'guardian-troops'], 'bbc-troops'), statement('c', ['guardian-troops'])], articles);
    expect(timeline).toEqual({ days: [{ day: '2024-02-27', count: 1 }, { day: '2024-02-28', count: 2 }], undated: 0 });
  });

  test('counts statements without a dated source apart instead of inventing a date', () => {
    expect(statementsToTimeline([statement('a', ['undated']), statement('b', ['missing'])], articles)).toEqual({ days: [], undated: 2 });
  });

  test('uses the oldest dated source when the earliest is not given', () => {
    expect(statementsToTimeline([statement('a', ['undated', 'guardian-troops', 'bbc-troops'])], articles).days).toEqual([{ day: '2024-02-27', count: 1 }]);
  });
});
