/**
 * "The select committee found …": a back reference whose noun carries words of the organisation's own name stands for
 * the organisation named before whose name holds them all (issue 13, round 35). Words no such name holds ("the parent
 * company") name nobody, and a post after the noun ("the health committee chairman") is a person's.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { findModifiedBackReference } from '../../../src/engine/actors/modified-back-reference.ts';
import { tokenizeText } from '../../../src/engine/actors/index.ts';

const quotes = (text: string): [string | null, string | undefined][] => quotesOfTexts(byBlankLines(text)).map((q) => [q.speaker, q.resolution]);

describe('findModifiedBackReference', () => {
  test.each([
    ['one modifier', 'The select committee found it.', ['select'], 'committee'],
    ['two modifiers', 'But the rural affairs committee said so.', ['rural', 'affairs'], 'committee'],
  ])('reads the modifiers and the noun: %s', (_label, text, modifiers, head) => {
    const tokens = tokenizeText(0, text, []).tokens;
    const the = tokens.findIndex((t) => t.lower === 'the');
    expect(findModifiedBackReference(tokenizeText(0, text, []), the)).toMatchObject({ modifiers, head, organization: true });
  });

  test.each([
    ['a post after the noun', 'The health committee chairman spoke.'],
    ['a name after the noun', 'The select committee Reform Group met.'],
    ['no modifier', 'The committee met.'],
    ['three modifiers', 'The very new joint committee met.'],
  ])('reads nothing: %s', (_label, text) => {
    expect(findModifiedBackReference(tokenizeText(0, text, []), 0)).toBeUndefined();
  });
});

describe('a modified back reference as a speaker', () => {
  test.each([
    ['found', 'The Commons transport select committee called the scheme "a shambles".\n\nThe select committee found that officials had shown "reckless optimism" at every stage.', 'Commons transport select committee'],
    ['said', 'The Commons rural affairs committee met on Monday.\n\nThe affairs committee said the plans were "far from ready".', 'Commons rural affairs committee'],
    ['the central bank', 'The Harland Central Bank raised rates again.\n\nThe central bank said inflation was "too high for comfort".', 'Harland Central Bank'],
  ])('the organisation whose name holds the words: %s', (_label, text, speaker) => {
    expect(quotes(text).at(-1)).toEqual([speaker, 'modified-noun-to-organization']);
  });

  test.each([
    ['a word no name holds', 'Norvik Holdings sold its shipping arm.\n\nThe parent company said the sale was "a fair price".'],
    ['a post after the noun', 'The Commons health select committee met.\n\nThe health committee chairman told MPs the plan was "a mess".'],
  ])('nobody: %s', (_label, text) => {
    expect(quotes(text).at(-1)?.[1]).not.toBe('modified-noun-to-organization');
    expect(quotes(text).at(-1)?.[0]).not.toBe('Norvik Holdings');
  });
});
