/**
 * A partial quotation the writer never closed, opened with a straight mark inside a sentence on a lower-case word, with
 * a quotation opened after it later in the paragraph: a careful reader closes it at the end of its first sentence, so
 * the narration after it (and the quotation in that narration) is read as the writer's (issue 13, round 31, part 31c).
 * The same with curly double marks, where a second opening mark shows that the first was never closed, and with
 * British single marks. Quotations that open
 * a sentence, or have no sentence end before the next mark, keep their old reading. The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findQuoteSpans } from '../../../src/engine/quotes/01-find-quote-spans.ts';
import { partialQuoteEnd } from '../../../src/engine/quotes/partial-quote-left-open.ts';
import { quotesOfLines } from '../../support/engine-stages.ts';

const quoted = (text: string): string[] => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('partialQuoteEnd', () => {
  test.each<[string, string, number | undefined]>([
    ['ends after the first sentence of a partial quotation', 'It was "only 10%. Dr Roe said "no".', 17],
    ['passes over an abbreviation', 'It was "a plan of Mr. Dee. Ann Roe said "no".', 26],
    ['passes over an initial', 'It was "the view of J. Smith. Ann Roe said "no".', 29],
    ['nothing for a quotation opening after a colon', 'She said: "We lost. Dr Roe said "no".', undefined],
    ['nothing for a quotation opening on a capital', 'It was "Only the start. Ann Roe said "no".', undefined],
    ['nothing without a sentence end before the inner mark', 'It was "a plan that said "no" to all', undefined],
  ])('%s', (_name, text, expected) => {
    const open = text.indexOf('"');
    const nested = text.indexOf('"', text.indexOf(' said "') + 1);
    expect(partialQuoteEnd(text, open, nested === -1 ? text.lastIndexOf('"') : nested)).toBe(expected);
  });
});

describe('findQuoteSpans with a partial quotation left open', () => {
  test.each<[string, string, string[]]>([
    [
      'closes it at its sentence end and finds the inner quotation on its own',
      'The mayor defended the budget, saying repairs were "a small share of the bill. Ms Oyelaran, who sits on the audit panel, said voters wanted "a fresh start". The vote is on Friday.',
      ['a small share of the bill.', 'a fresh start'],
    ],
    [
      'the same with curly marks, where a second opening mark shows the first was never closed',
      'The mayor defended the budget, saying repairs were “a small share of the bill. Ms Oyelaran, who sits on the audit panel, said voters wanted “a fresh start”. The vote is on Friday.',
      ['a small share of the bill.', 'a fresh start'],
    ],
    [
      'the same in British single marks',
      'The mayor defended the budget, saying repairs were ‘a small share of the bill. Ms Oyelaran, who sits on the audit panel, said voters wanted ‘a fresh start’. The vote is on Friday.',
      ['a small share of the bill.', 'a fresh start'],
    ],
    [
      'a question ends the sentence too',
      'He asked whether fans were "really ready for this? Coach Ian Dale said the squad felt "stronger than ever". Tickets sold out.',
      ['really ready for this?', 'stronger than ever'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  test.each<[string, string, string[]]>([
    ['a quotation opening the sentence runs on', 'She said: "We lost the vote. Then Ann Roe called it "a farce" on air.', ['We lost the vote. Then Ann Roe called it "a farce" on air.']],
    ['curly marks: a quotation opening the sentence runs to the next opening mark', 'She said: “We lost the vote. Then Ann Roe called it “a farce” on air.', ['We lost the vote. Then Ann Roe called it', 'a farce']],
    ['a partial quotation with no inner mark runs on', 'He said the plan was "a good start. We will build on it.', ['a good start. We will build on it.']],
    ['a straight mark after a word inside a closed quotation still nests', 'She said: "He told me "no" and left."', ['He told me "no" and left.']],
  ])('keeps the old reading: %s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('findQuoteSpans with a partial quotation left open before the next opening mark', () => {
  test.each<[string, string, string[]]>([
    [
      'ends it at the next opening mark when no sentence ends before it',
      'An aide said the plan had been "bold and new, but support had not been "strong enough to last". She added: "We tried hard." Voting ended.',
      ['bold and new, but support had not been', 'strong enough to last', 'We tried hard.'],
    ],
    ['keeps a quotation opening after a colon whole', 'She said: "We had "enough" of it', ['We had "enough" of it']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('attribution after a partial quotation closed at its sentence end', () => {
  test('each quotation goes to the person of its own sentence', () => {
    const rows = quotesOfLines(
      'Former minister Ada Quist defended her record, saying the delays were "a small share of the problem. Dr Ravi Menon, who replaced her, said staff wanted "a period of calm". Both spoke on Monday.',
    ).map((q) => [q.text, q.speaker, q.rule]);
    expect(rows).toEqual([
      ['a small share of the problem.', 'Ada Quist', 'name-said-partial-quote'],
      ['a period of calm', 'Ravi Menon', 'name-said-partial-quote'],
    ]);
  });
});
