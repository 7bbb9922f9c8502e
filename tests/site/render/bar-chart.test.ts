import { describe, expect, test } from 'vitest';
import { barsToLayout, barsToSummary } from '../../../src/site/render/bar-chart.ts';

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
