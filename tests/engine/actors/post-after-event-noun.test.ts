/**
 * A noun for an event right after a name, when a post held somewhere follows it, qualifies the post: "“…,” Ann Roe
 * games director at Zentec told the BBC" names a person, not an event (issue 13, round 35).
 */
import { describe, expect, test } from 'vitest';
import { isPostAfterEventNoun } from '../../../src/engine/actors/post-after-event-noun.ts';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('isPostAfterEventNoun', () => {
  test.each([
    ['a post and where it is held', 'Ann Roe games director at Zentec told us.', true],
    ['two words before the head', 'Ann Roe games systems director at Zentec told us.', true],
    ['an organiser of a body', 'Ola Berg festival organiser of the Harbour Trust spoke.', true],
    ['a time after the noun', 'Athletes went to the Leipzig games in May.', false],
    ['a name after the post', 'The Sydney festival director Ann Roe said so.', false],
    ['a verb after the noun', 'The Leipzig games ended on Sunday.', false],
  ])('%s', (_label, text, expected) => {
    const tokens = tokenizeText(0, text, []).tokens;
    const noun = tokens.findIndex((t) => t.lower === 'games' || t.lower === 'festival');
    expect(isPostAfterEventNoun(tokens, noun)).toBe(expected);
  });
});

describe('a name before an event noun that opens a post', () => {
  test.each([
    ['after the quote, post without commas', 'Consoles get faster.\n\n“Every game will be sharper,” Ada Linwood games systems director at software firm Zentrava told the BBC.', 'Ada Linwood'],
    ['a festival organiser', 'Tickets sold out.\n\n“We had to add a stage,” Tomas Brink festival organiser at the Harbour Trust told reporters.', 'Tomas Brink'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
