import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/engine/text/split-sentences.ts';

describe('splitSentences', () => {
  test.each<[string, string[]]>([
    ['One. Two.', ['One.', 'Two.']],
    ['Mr. Weiss said so. He left.', ['Mr. Weiss said so.', 'He left.']],
    ['David E. Sanger reported it. Then more.', ['David E. Sanger reported it.', 'Then more.']],
    ['The U.S. Army moved. It was late.', ['The U.S. Army moved.', 'It was late.']],
    ['“We will win.” He smiled.', ['“We will win.”', 'He smiled.']],
    ['Prices rose 3.5 per cent. Markets fell.', ['Prices rose 3.5 per cent.', 'Markets fell.']],
    ['Is it over? No.', ['Is it over?', 'No.']],
    ['no capital after. so one sentence', ['no capital after. so one sentence']],
  ])('splits %j', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  test('returns offsets that point at each sentence', () => {
    const text = '  First one.  Second one. ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['First one.', 'Second one.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
