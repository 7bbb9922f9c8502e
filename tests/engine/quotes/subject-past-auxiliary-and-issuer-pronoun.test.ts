/**
 * Two widenings of the walk back from a verb of saying (issue 13, round 39d): an auxiliary between the subject and an
 * aside set off by commas ("The ministry has, in a statement, called on drivers to “…”"), and a pronoun as the
 * subject that put out a document the verb's relative clause follows ("She issued a statement which read: “…”").
 * Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('the subject before an auxiliary and a comma aside', () => {
  test.each<[string, string, string | null]>([
    ['"has" before a prepositional aside', 'The Harbour Ministry has, in a statement, urged skippers to “stay in port tonight.”', 'Harbour Ministry'],
    ['"had" before a prepositional aside, a person', 'Ann Roe had, on several occasions, described the plan as “a disgrace”.', 'Ann Roe'],
    ['"also" before a time aside', 'Mark Hollis also, on Monday, called the vote “a farce”.', 'Mark Hollis'],
    ['an aside that opens with a name is no aside of the subject', 'The minister has, Ann Roe said, called the plan “a disgrace”.', 'Ann Roe'],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});

describe('a pronoun that put out the document of a relative clause', () => {
  test.each<[string, string, string | null]>([
    ['"she" issued a statement which read', 'Mayor Ann Roe opposed the ban on Monday. She issued a statement which read: “This ban is wrong.”', 'Ann Roe'],
    ['"he" released a letter which said', 'Mark Hollis left the club in May. He released a letter which said, “I leave with no regrets.”', 'Mark Hollis'],
  ])('%s', (_label, article, speaker) => {
    const quotes = quotesOfLines(article);
    expect(quotes.at(-1)?.speaker ?? null).toBe(speaker);
  });
});
