/**
 * "The prime minister's office said …": an office owned by a post written in lower case speaks as a body named by those
 * words (issue 13, round 38i); the post alone stays a person's role, and an office with a staff noun or a name after it
 * is no speaker.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { findPostOffice } from '../../../src/engine/actors/post-office.ts';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';

const quotes = (text: string): [string | null, string | undefined][] => quotesOfTexts(byBlankLines(text)).map((q) => [q.speaker, q.resolution]);

describe('findPostOffice', () => {
  test.each([
    ['a two-word post', "The deputy governor's office said so.", 'deputy governor'],
    ['a one-word post', "Later the mayor's office confirmed it.", 'mayor'],
    ['the post alone', 'The prime minister said so.', undefined],
    ['a staff noun after the office', "The mayor's office spokesman said so.", undefined],
    ['a name after the office', "The mayor's office Housing Unit said so.", undefined],
    ['a capitalised post', "The Premier's office said so.", undefined],
    ['a word that is no post', "The company's office said so.", undefined],
  ])('%s', (_label, text, post) => {
    const { tokens } = tokenizeText(0, text, []);
    const the = tokens.findIndex((t) => t.lower === 'the');
    expect(findPostOffice(tokenizeText(0, text, []), the)?.modifiers?.join(' ')).toBe(post);
  });
});

describe("a post's office as a speaker", () => {
  test.each([
    ['said, partial quote', "Clerks were suspended in Lisbon.\n\nThe prime minister's office said inspectors had found \"serious gaps in the payroll\".", "prime minister's office"],
    ['says, present tense', "Parents asked about the closures.\n\nThe education secretary's office says the schools will \"reopen within a week\".", "education secretary's office"],
    ['inverted', "Payments will resume \"as soon as the audit ends\", the state governor's office said.", "state governor's office"],
  ])('%s', (_label, text, speaker) => {
    expect(quotes(text).at(-1)).toEqual([speaker, 'post-names-office']);
  });

  test('a post alone stays a person role, no office', () => {
    const text = 'Clerks were suspended in Lisbon.\n\nThe prime minister said inspectors had found "serious gaps in the payroll".';
    expect(quotes(text).at(-1)?.[0]).not.toBe("prime minister's office");
  });
});
