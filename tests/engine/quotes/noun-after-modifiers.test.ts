/**
 * A speech-verb form inside a noun phrase is no verb: after a determiner or a name's possessive and modifiers
 * ("Labour's six new pledges", "his latest remarks", "a “secular” state"), the words are a noun, so the verb of
 * saying of the sentence still finds its speaker. Sentences written for this test, shaped like news reporting.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { tokenizeText } from '../../../src/engine/actors/index.ts';
import { isNounByDeterminer } from '../../../src/engine/quotes/cues/token-tests.ts';

/** Runs the quote pipeline on paragraphs separated by blank lines; returns [text, speaker name, rule] triples. */
function quotesOf(article: string): [string, string | null, string | null][] {
  return quotesOfTexts(byBlankLines(article)).map((q) => [q.text, q.speaker, q.speaker === null ? null : (q.rule ?? null)]);
}

type Case = [name: string, article: string, expected: [string, string | null, string | null][]];

describe('a speech-verb form after a determiner and modifiers is a noun, and the sentence keeps its speaker', () => {
  test.each<Case>([
    [
      "a name's possessive, a number and an adjective: “Labour's six new pledges”",
      'Shadow minister Nadia Shah spoke in Leeds.\n\nShe dismissed Labour’s six new pledges as “hot air” on Monday.',
      [['hot air', 'Nadia Shah', 'name-said-partial-quote']],
    ],
    [
      'a quoted modifier: “a “federal” state would be “…”, NAME argued”',
      'Senator Paul Brandt opposed the bill.\n\nSuch a “federal” state would be far “harder to govern”, Senator Brandt argued.',
      [['harder to govern', 'Paul Brandt', 'said-name-after-quote']],
    ],
    [
      'an adjective after a possessive pronoun: “their repeated claims”',
      'Mayor Leo Varga said their repeated claims of a cover-up were “pure fiction”.',
      [['pure fiction', 'Leo Varga', 'name-said-partial-quote']],
    ],
    [
      'a hyphenated compound before a participle of saying: “called the ten-year recommended term “…””',
      'Ruth Kay was found guilty on Monday.\n\nBut Kay’s lawyer Tom Vale called the ten-year recommended term “far too harsh” and said his client was innocent.',
      [['far too harsh', 'Tom Vale', 'name-said-partial-quote']],
    ],
    [
      'a compound that names a person keeps the verb after it: “The 30-year-old warned …”',
      'Ruth Kay, 30, won the seat.\n\nThe 30-year-old warned voters the town faced “hard years”.',
      [['hard years', 'Ruth Kay', 'name-said-partial-quote']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(quotesOf(article)).toEqual(expected);
  });
});

describe('isNounByDeterminer: modifiers make a noun; numbers alone only before a plural', () => {
  test.each<[string, string, number, boolean]>([
    ["after a name's possessive and two modifiers", 'Labour’s six new pledges', 4, true],
    ['after an article and an adjective', 'the latest claims', 2, true],
    ['after an article and a number, a plural noun', 'the two claims', 2, true],
    ['after an article and a number, a verb', 'the two said', 2, false],
    ['after "the official", a verb', 'the official said', 2, false],
    ['after a subject and an adverb, a verb', 'the minister also said', 3, false],
    ['after an article and a hyphenated compound, a participle before its noun', 'the ten-year recommended term', 2, true],
    ['after an article and a compound that names a person, a verb', 'the 12-year-old said', 2, false],
    ['after an article and a compound that names a person, a verb in -ed', 'the 30-year-old warned', 2, false],
    ['after an article and a compound opening with a noun, a verb', 'the mother-of-nine said', 2, false],
    ['after an article and a compound opening with a prefix, a verb in -ed', 'the ex-minister warned', 2, false],
  ])('%s', (_name, text, k, expected) => {
    const tokens = tokenizeText(0, text, []).tokens;
    expect(isNounByDeterminer(tokens, k)).toBe(expected);
  });
});
