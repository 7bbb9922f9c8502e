import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { findActors } from '../../../src/engine/actors/index.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/index.ts';
import { isInitialsGivenName } from '../../../src/engine/actors/initials-as-given-name.ts';

const actorsOf = (text: string) => findActors([tokenizeText(0, text, findQuoteSpans(text))]).actors.map((a) => a.name);

describe('isInitialsGivenName (issue 13, round 48a)', () => {
  test.each([
    ['“The mill will reopen,” said Tolland Mills CEO AJ Farrow.', 'AJ Farrow'],
    ['“We will vote no,” said Senator TJ Okafor on Tuesday.', 'TJ Okafor'],
    ['Quarry Chairman RJ Pemberley said the pit was safe.', 'RJ Pemberley'],
    ['“It is done,” said JD Caddick, who runs the yard.', 'JD Caddick'],
  ])('%j: the capitals and the surname are one person (%s)', (text, name) => {
    expect(actorsOf(text)).toContain(name);
  });

  test.each([
    ['“The launch slipped,” said NASA Administrator Bill Farrow.', 'NASA Bill'],
    ['“Fares will rise,” said BBC Farrow, quoting the memo.', 'BBC Farrow'],
    ['The Georgia Assembly (GA) met, and GA Pemberley Road was shut.', 'GA Pemberley'],
    ['“Prices fell,” said the head of AJ Holdings.', 'AJ Holdings Farrow'],
    ['“Trade is up,” said US Farrow.', 'US Farrow'],
  ])('%j: known or organisation capitals stay apart (%s is no person)', (text, name) => {
    expect(actorsOf(text)).not.toContain(name);
  });

  test.each([
    ['said Tolland Mills CEO AJ Farrow.', 4, true],
    ['“Yes,” said AJ Farrow.', 5, true],
    ['He said AJ Farrow.', 2, false],
    ['said CEO NASA Farrow.', 2, false],
    ['said CEO AJ Holdings.', 2, false],
    ['in AJ Farrow Park.', 1, false],
  ])('%j: token %i is initials used as a given name: %s', (text, k, expected) => {
    const { tokens } = tokenizeText(0, text, []);
    let last = k;
    while (tokens[last + 1]?.cap) last++;
    let first = k;
    while (first > 0 && tokens[first - 1]!.cap) first--;
    expect(isInitialsGivenName(tokens, k, first, last)).toBe(expected);
  });
});

describe('initials after a verb of saying end the attribution (issue 13, round 48a)', () => {
  test.each([
    ['“Costs will fall,” said ABN Amro chief economist Lena Farrow.', 'ABN Amro'],
    ['The blogger describes TB Farrow as a man “feared and loved”.', 'TB Farrow'],
    ['Shame on you who judge TB Farrow. “He heals,” one wrote.', 'TB Farrow'],
    ['He said BT Lanefield, as well as others, encrypts every login.', 'BT Lanefield'],
  ])('%j: %s is no person', (text, name) => {
    expect(actorsOf(text)).not.toContain(name);
  });
});

describe('initials opening a sentence before an appositive post (issue 13, round 54a)', () => {
  test.each([
    ['Prices rose. JF Farrow, spokesman for the mill, said demand was weak.', 'JF Farrow'],
    ['AJ Pemberley, a senior analyst at Tolland Bank, expects cuts.', 'AJ Pemberley'],
    ['JR Okafor, the chief executive of Quarry Mills, declined to comment.', 'JR Okafor'],
  ])('%j: the capitals and the surname are one person (%s)', (text, name) => {
    expect(actorsOf(text)).toContain(name);
  });

  test.each([
    ['BT Group, the telecoms firm, cut prices.', 'BT Group'],
    ['HSBC Holdings, which employs many, said profits fell.', 'HSBC Holdings'],
    ['TX Farrow, Pemberley and Okafor met.', 'TX Farrow'],
    ['Sales slowed. The deal with JF Farrow, spokesman for the mill, fell through.', 'JF Farrow'],
  ])('%j: %s is no person read from the appositive', (text, name) => {
    const people = findActors([tokenizeText(0, text, findQuoteSpans(text))]).actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).not.toContain(name);
  });
});
