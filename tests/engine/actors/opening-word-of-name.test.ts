import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('openingWordOfName', () => {
  test.each([
    ['a show named mid-sentence in the same paragraph', 'Silver Falcon\'s spokeswoman said: "We are pleased." The next series of Silver Falcon starts in May.', 'Silver Falcon\'s spokeswoman', 'Falcon\'s spokeswoman'],
    ['a longer name holding the same words', 'Little Lantern\'s spokesman said: "It went well." Fans of The Little Lantern Hour cheered.', 'Little Lantern\'s spokesman', 'Lantern\'s spokesman'],
  ])('%s', (_label, text, name, junk) => {
    expect(names(text)).toContain(name);
    expect(names(text)).not.toContain(junk);
  });

  test.each([
    ['an opening adverb the paragraph never writes mid-name', 'Yesterday Mr Hale\'s spokesman said: "No comment." He left at noon.', 'Yesterday Mr Hale\'s spokesman'],
    ['the same word mid-sentence but before another name', 'Later Hale\'s spokesman said: "No comment." He said later Lisa Dunn would speak.', 'Later Hale\'s spokesman'],
  ])('%s', (_label, text, junk) => {
    expect(names(text)).not.toContain(junk);
  });
});
