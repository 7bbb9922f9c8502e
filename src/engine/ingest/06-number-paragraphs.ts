/**
 * Stage 6: paragraphs. The blocks that remain become the article's paragraphs, numbered from 0.
 */
import type { Paragraph } from '../schema.ts';
import type { Block } from './03-split-blocks.ts';

/**
 * Numbers the remaining blocks as paragraphs, 0-based and consecutive.
 *
 * @param blocks The body blocks left after boilerplate and meta lines were removed.
 * @returns One paragraph per block, keeping its file line.
 * @example
 * numberParagraphs([{ text: 'First.', line: 3, heading: false }, { text: 'Second.', line: 7, heading: false }])
 * // => [{ index: 0, text: 'First.', line: 3 }, { index: 1, text: 'Second.', line: 7 }]
 */
export function numberParagraphs(blocks: readonly Block[]): Paragraph[] {
  return blocks.map((block, index) => ({ index, text: block.text, line: block.line }));
}
