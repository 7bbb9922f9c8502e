/**
 * An unnamed person as the subject of a verb of saying past an aside set off by two spaced dashes ("One reader - all
 * are anonymous - wrote"): the verb is the person's (issue 13, round 37, part 37k). A hyphen inside a word, an aside
 * that reports words or holds a quotation, and a dash that is never closed still stop the reading. The sentences are
 * written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { afterDashAside } from '../../../src/engine/actors/speech-verb-forms.ts';
import { quotesOfLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

describe('afterDashAside', () => {
  test.each<[string, string, string]>([
    ['past an aside between spaced hyphens', 'One trader - all are anonymous - told us so.', 'told'],
    ['past an aside between spaced em dashes', 'One trader — like many others — said no.', 'said'],
    ['not past an aside that reports words', 'One trader - who said prices would fall - told us so.', '-'],
    ['not past a dash that is never closed', 'One trader - all are anonymous, and told us so.', '-'],
    ['not past an empty aside', 'One trader - - said no.', '-'],
  ])('%s', (_name, text, expected) => {
    const tokens = tokenizedParagraphs([text])[0]!.tokens;
    const head = tokens.findIndex((t) => t.lower === 'trader');
    expect(tokens[afterDashAside(tokens, head + 1)]?.text).toBe(expected);
  });
});

describe('an unnamed person past a dash aside', () => {
  test.each<[string, string, string, string | null]>([
    ['speaks past the aside', 'Letters poured in. One unnamed reader - all are anonymous - wrote: “My son has not slept in weeks.”', 'My son has not slept in weeks.', 'One unnamed reader'],
    ['does not speak when the aside reports words', 'Letters poured in. One reader - who said she was worried - sent a photo: “My son has not slept in weeks.”', 'My son has not slept in weeks.', null],
  ])('%s', (_name, article, text, speaker) => {
    expect(quotesOfLines(article).find((q) => q.text === text)?.speaker ?? null).toBe(speaker);
  });
});
