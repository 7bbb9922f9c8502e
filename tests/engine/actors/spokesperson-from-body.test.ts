/**
 * "a spokesperson from Icstis" names a body as "a spokesperson for Icstis" does: the one-word name after "from" and a
 * word for who speaks for a body is an organisation, and the spokesperson's quote goes to it (issue 13, round 28).
 * Other nouns before "from" ("officials from Halden", "sources from Biden") prove nothing.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { findOrganizationWords } from '../../../src/engine/actors/find-organization-words.ts';
import { tokenizeText } from '../../../src/engine/actors/index.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a spokesperson from a one-word body', () => {
  test.each([
    ['spokesperson', 'Phone bills rose sharply last year.\n\n"The new rules are very welcome," a spokesperson from Telvane told reporters.', 'Telvane'],
    ['spokeswoman', 'Flights were cancelled on Friday.\n\n"Safety comes first," said a spokeswoman from Skyrona.', 'Skyrona'],
  ])('the body speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['officials from', 'Officials from Halden met the mayor.', 'halden'],
    ['sources from', 'Sources from Marlow confirmed the talks.', 'marlow'],
  ])('no organisation word: %s', (_label, text, word) => {
    expect(findOrganizationWords([tokenizeText(0, text, [])]).has(word)).toBe(false);
  });
});
