/**
 * Layout of the small horizontal bar charts drawn as inline SVG at build time: one row per bar,
 * its label above it and the bar below, so labels never overlap and the chart reads on a phone.
 */

/** One bar to draw. */
export interface BarInput {
  /** Text above the bar (a name or a date). */
  label: string;
  /** The value; bars are scaled against `max`. */
  value: number;
  /** The value as text, shown after the label ("3 of 5 sources"). */
  valueText: string;
}

/** A bar placed in the chart's coordinate system (SVG user units). */
export interface PlacedBar extends BarInput {
  /** Baseline of the label text. */
  labelY: number;
  /** Top of the bar. */
  barY: number;
  /** Width of the bar; 0 for a zero value. */
  width: number;
}

/** A laid-out chart. */
export interface BarLayout {
  width: number;
  height: number;
  barHeight: number;
  bars: PlacedBar[];
}

/** Options of `barsToLayout`; every field has a default. */
export interface BarLayoutOptions {
  /** Width of the chart in user units (default 360: the chart scales to its box). */
  width?: number;
  /** Height of each bar (default 12). */
  barHeight?: number;
  /** Height of a label line (default 18). */
  lineHeight?: number;
  /** Space below each bar (default 10). */
  gap?: number;
  /** Value of a full-width bar (default: the largest value, at least 1). */
  max?: number;
  /** Longest label in characters before it is cut with an ellipsis (default 44). */
  maxLabel?: number;
}

/**
 * Places bars one under another, each scaled to the chart width against `max`.
 *
 * @param bars Bars in display order.
 * @param options Sizes and scale; see `BarLayoutOptions` for the defaults.
 * @returns Coordinates for an SVG `viewBox="0 0 width height"`.
 * @example
 * barsToLayout([{ label: 'Macron', value: 2, valueText: '2' }, { label: 'Scholz', value: 1, valueText: '1' }]).bars.map((b) => b.width)
 * // => [360, 180]
 */
export function barsToLayout(bars: readonly BarInput[], options: BarLayoutOptions = {}): BarLayout {
  const { width = 360, barHeight = 12, lineHeight = 18, gap = 10, maxLabel = 44 } = options;
  const max = Math.max(options.max ?? Math.max(0, ...bars.map((bar) => bar.value)), 1);
  const row = lineHeight + barHeight + gap;
  const placed = bars.map((bar, index) => ({
    ...bar,
    label: truncateLabel(bar.label, maxLabel),
    labelY: index * row + lineHeight - 5,
    barY: index * row + lineHeight,
    width: Math.round((Math.max(0, Math.min(bar.value, max)) / max) * width * 10) / 10,
  }));
  return { width, height: Math.max(bars.length * row - gap, 0), barHeight, bars: placed };
}

/**
 * A sentence that says what a bar chart shows, for its accessible name.
 *
 * @param title What the chart shows.
 * @param bars The bars.
 * @example barsToSummary('Sources quoting each speaker', [{ label: 'Macron', value: 2, valueText: '2 of 2 sources' }])
 * // => 'Sources quoting each speaker: Macron, 2 of 2 sources.'
 */
export function barsToSummary(title: string, bars: readonly BarInput[]): string {
  return `${title}: ${bars.map((bar) => `${bar.label}, ${bar.valueText}`).join('; ')}.`;
}

function truncateLabel(label: string, length: number): string {
  const chars = [...label];
  return chars.length <= length ? label : `${chars.slice(0, length - 1).join('').trimEnd()}…`;
}
