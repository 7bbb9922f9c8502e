import { describe, expect, test } from 'vitest';
import type { DigestArticle, Statement } from '../../src/engine/digest/schema.ts';
import { barsToLayout, barsToSummary } from '../../src/site/render/bar-chart.ts';
import { statementsToTimeline } from '../../src/site/views/statement-timeline.ts';
import { fixtureDigest, fixtureSiteData } from './fixtures/digest.ts';

const bar = (label: string, value: number) => ({ label, value, valueText: String(value) });

describe('barsToLayout', () => {
  test.each([
    ['scales bars against the largest value', [bar('a', 4), bar('b', 1)], {}, [360, 90]],
    ['scales bars against an explicit maximum', [bar('a', 2), bar('b', 1)], { max: 4 }, [180, 90]],
    ['keeps zero bars empty and never divides by zero', [bar('a', 0)], {}, [0]],
    ['clamps values above the maximum and below zero', [bar('a', 9), bar('b', -1)], { max: 3 }, [360, 0]],
  ] as const)('%s', (_name, bars, options, widths) => {
    expect(barsToLayout(bars, options).bars.map((b) => b.width)).toEqual(widths);
  });

  test('places each label above its bar and rows one under another', () => {
    const layout = barsToLayout([bar('a', 1), bar('b', 1)]);
    const [first, second] = layout.bars as [(typeof layout.bars)[0], (typeof layout.bars)[0]];
    expect(first.labelY).toBeLessThan(first.barY);
    expect(second.labelY).toBeGreaterThan(first.barY + layout.barHeight);
    expect(layout.height).toBe(second.barY + layout.barHeight);
  });

  test('cuts a long label with an ellipsis', () => {
    const label = barsToLayout([bar('x'.repeat(80), 1)], { maxLabel: 10 }).bars[0]?.label;
    expect(label).toBe(`${'x'.repeat(9)}…`);
  });

  test('has no height without bars', () => {
    expect(barsToLayout([]).height).toBe(0);
  });
});

describe('barsToSummary', () => {
  test('names every bar with its value text', () => {
    expect(barsToSummary('Sources quoting each speaker', [{ label: 'Macron', value: 2, valueText: '2 of 2 sources' }, { label: 'Scholz', value: 1, valueText: '1 of 2 sources' }])).toBe(
      'Sources quoting each speaker: Macron, 2 of 2 sources; Scholz, 1 of 2 sources.',
    );
  });
});

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
