import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { findActors } from '../../../src/engine/actors/index.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/index.ts';
import { opensPeopleForCause } from '../../../src/engine/actors/people-for-cause.ts';

const actorsOf = (text: string) => findActors([tokenizeText(0, text, findQuoteSpans(text))]).actors.map((a) => [a.name, a.kind]);

describe('opensPeopleForCause', () => {
  test.each([
    ['Canadians for Clean Harbours said so.', 0, 3, true],
    ['Ann Roe of Parents for Safer Roads said so.', 3, 6, true],
    ['Lawyers for Tom Roe said so.', 0, 3, false],
    ['Canadians for Clean Harbours said so.', 0, 1, false],
    ['Harbours for Canadians said so.', 0, 2, false],
  ])('%j: token %i opens a body of people and their cause up to %i: %s', (text, k, last, expected) => {
    expect(opensPeopleForCause(tokenizeText(0, text, []).tokens, k, last)).toBe(expected);
  });
});

describe('a body named by its people and their cause stays whole (issue 13, round 54a)', () => {
  test.each([
    ['Canadians for Clean Harbours spent heavily on the race.', 'Canadians for Clean Harbours'],
    ['Ann Roe, head of Taxpayers for Fair Roads, said the toll was unfair.', 'Taxpayers for Fair Roads'],
    ['The vote was backed by Students for Open Campuses.', 'Students for Open Campuses'],
  ])('%j: %s is one organisation', (text, name) => {
    expect(actorsOf(text)).toContainEqual([name, 'organization']);
  });

  test.each([
    ['Lawyers for Tom Farrow said he would appeal.', 'Tom Farrow'],
    ['Doctors for Ann Pemberley said she was stable.', 'Ann Pemberley'],
  ])('%j: people acting for someone are no body; %s stays a person', (text, name) => {
    expect(actorsOf(text)).toContainEqual([name, 'person']);
  });
});
