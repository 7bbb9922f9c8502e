/**
 * "The MPs found …": after a parliamentary committee is named, "the MPs" stand for it (issue 13, round 35); with no
 * such committee, two of them, or a committee of a party, they name nobody.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { findCommitteeMembers } from '../../../src/engine/actors/committee-members.ts';
import { tokenizeText } from '../../../src/engine/actors/index.ts';

const last = (text: string): [string | null, string | undefined] => {
  const q = quotesOfTexts(byBlankLines(text)).at(-1)!;
  return [q.speaker, q.resolution];
};

describe('findCommitteeMembers', () => {
  test.each([
    ['the MPs', 'The MPs found it.'],
    ['the peers', 'But the peers said so.'],
  ])('reads the members: %s', (_label, text) => {
    const the = tokenizeText(0, text, []).tokens.findIndex((t) => t.lower === 'the');
    expect(findCommitteeMembers(tokenizeText(0, text, []), the)).toMatchObject({ head: 'committee', members: true, organization: true });
  });

  test.each([
    ['a name after', 'The MPs Ann Roe and Tom Lee spoke.'],
    ['a possessive', "The MPs' report was long."],
    ['no article', 'MPs found it.'],
  ])('reads nothing: %s', (_label, text) => {
    expect(findCommitteeMembers(tokenizeText(0, text, []), 0)).toBeUndefined();
  });
});

describe('the members of a committee as its speaker', () => {
  test.each([
    ['found', 'A report by the Commons transport committee was published on Monday.\n\nThe MPs found the new ticket system was "nowhere near finished".', 'Commons transport committee'],
    ['said', 'The Commons rural affairs select committee heard from farmers.\n\nThe MPs said the subsidy was "badly targeted".', 'Commons rural affairs select committee'],
  ])('the one parliamentary committee: %s', (_label, text, speaker) => {
    expect(last(text)).toEqual([speaker, 'members-to-committee']);
  });

  test.each([
    ['no committee', 'Ministers were criticised on Monday.\n\nThe MPs said the plan was "badly targeted".'],
    ['a party committee', 'The Harland Party National Executive Committee met.\n\nThe MPs said the plan was "badly targeted".'],
    ['two committees', 'The Commons transport committee and the Commons health committee met.\n\nThe MPs said the plan was "badly targeted".'],
  ])('nobody: %s', (_label, text) => {
    expect(last(text)[1]).not.toBe('members-to-committee');
  });
});
