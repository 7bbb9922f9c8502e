/**
 * "The transport select committee said …": a body news copy names only by lower-case words, with no name of it before,
 * is named by those words when it speaks (issue 13, round 38b). A body named before keeps the words, a noun alone ("the
 * government", "the company") names nothing, and the body so named stands for no other noun.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { speakingBodyName } from '../../../src/engine/actors/speaking-body.ts';
import type { RoleCandidate } from '../../../src/engine/actors/role-candidate.ts';

const role = (surface: string, head: string, extra: Partial<RoleCandidate> = {}): RoleCandidate => ({ paragraph: 0, first: 0, last: 1, head, surface, inQuote: false, organization: true, ...extra });
const quotes = (text: string): [string | null, string | undefined][] => quotesOfTexts(byBlankLines(text)).map((q) => [q.speaker, q.resolution]);

describe('speakingBodyName', () => {
  test.each([
    ['a listed noun alone', role('the government', 'government'), true, undefined],
    ['with modifiers', role('the transport select committee', 'committee', { modifiers: ['transport', 'select'] }), true, 'transport select committee'],
    ['not a speaker', role('the transport committee', 'committee', { modifiers: ['transport'] }), false, undefined],
    ['a noun that only points back', role('the company', 'company'), true, undefined],
    ['inside a quotation', role('the government', 'government', { inQuote: true }), true, undefined],
    ['with an owner', role("Hale's committee", 'committee', { owner: 'hale' }), true, undefined],
  ])('%s', (_label, candidate, speaks, name) => {
    expect(speakingBodyName(candidate, speaks)).toBe(name);
  });
});

describe('a body named by its noun as a speaker', () => {
  test.each([
    ['after "but"', 'Ministers were criticised over the scheme.\n\nThe auditors called it a failure but the public accounts committee said the pilot had "taught us a lot".', 'public accounts committee'],
    ['says', 'Opposition leaders set out a plan for the clinics.\n\nThe health committee says the plan comes "far too late" to matter.', 'health committee'],
    ['an inverted clause', 'The draft bill could leave walkers open to fines, the transport select committee said in a "strongly worded" report.', 'transport select committee'],
  ])('the words name the body: %s', (_label, text, speaker) => {
    expect(quotes(text).at(-1)).toEqual([speaker, 'noun-names-body']);
  });

  test('a later "the committee" stands for the body so named', () => {
    const text = 'The plans need work, the transport select committee said.\n\nBut the committee added that the aims were "broadly right".';
    expect(quotes(text).at(-1)).toEqual(['transport select committee', 'noun-to-organization']);
  });

  test.each([
    ['a government named before', 'The Harland government set out its budget on Monday.\n\nThe government said the cuts were "painful but needed".', 'Harland government'],
  ])('the body named before keeps the words: %s', (_label, text, speaker) => {
    expect(quotes(text).at(-1)?.[0]).toBe(speaker);
  });

  test.each([
    ['not a speaker', 'The government was looking at "how to cut the backlog" of claims.'],
    ['a noun that only points back', 'The company said the figures were "disappointing".'],
    ['the noun alone', 'Opposition leaders set out a plan for the clinics.\n\nThe government says the plan comes "far too late" to matter.'],
    ['the body so named is no other noun', 'The plan was late, the transport committee said.\n\nThe company said it was "ready to help" anyway.'],
  ])('names nobody: %s', (_label, text) => {
    expect(quotes(text).at(-1)?.[0]).toBeNull();
  });
});
