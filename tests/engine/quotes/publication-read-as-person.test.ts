/**
 * A newspaper the actor stages read as a person ("told the Kestrel Chronicle") is never what "he" or "she" stands for, nor
 * is a bare word of its name ("Kestrel") that the actor stages make its alias: the pronoun goes back to the person named
 * before (issue 13, round 38, part 38l). The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findActors } from '../../../src/engine/actors/index.ts';
import { indexMentions } from '../../../src/engine/quotes/02-find-cues.ts';
import { publicationsReadAsPersons } from '../../../src/engine/quotes/resolve/publication-read-as-person.ts';
import { quotesOfLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));

describe('publicationsReadAsPersons', () => {
  test.each<[string, string, boolean]>([
    ['"the" + name ending in a newspaper head', 'The prime minister told the Kestrel Chronicle: "We act." Asked about Kestrel voters, Mr Dunmore said no.', true],
    ['another newspaper head', 'The mayor spoke to the Varno Gazette on Monday. Asked about Varno voters, Mr Dunmore said no.', true],
    ['a person named without "the"', 'The mayor met Tom Herald on Monday. Asked about it, Mr Herald said no.', false],
  ])('%s', (_name, text, expected) => {
    const paragraphs = tokenizedParagraphs([text]);
    const { mentions } = findActors(paragraphs);
    const found = publicationsReadAsPersons(paragraphs, indexMentions(paragraphs, mentions));
    expect([...found].some((id) => /herald|chronicle|gazette/.test(id))).toBe(expected);
  });
});

describe('a "he" or "she" after a newspaper read as a person', () => {
  test.each<[string, string, Row[]]>([
    [
      'a bare word of the newspaper\'s name in the pronoun\'s own clause: "he" is the teller before',
      'Mayor Tom Dunmore told the Kestrel Chronicle: "We will build the bridge." Mr Dunmore also met Kestrel farmers.\nDuring his interview with the Kestrel Chronicle, Mr Dunmore said: "We will." Pressed on whether he would mention Mr Roe\'s Kestrel roots in a bid to win rural support, he replied: "Never."',
      [
        ['We will build the bridge.', 'Tom Dunmore', 'name-said-before-quote'],
        ['We will.', 'Tom Dunmore', 'name-said-before-quote'],
        ['Never.', 'Tom Dunmore', 'name-said-before-quote'],
      ],
    ],
    [
      'the same for "she"',
      'Senator Ana Veldt told the Varno Gazette: "Taxes will fall." Ms Veldt also met Varno traders.\nIn her interview with the Varno Gazette, Ms Veldt said: "Soon." Asked whether she would raise Mr Roe\'s Varno past in a bid to win rural votes, she replied: "No."',
      [
        ['Taxes will fall.', 'Ana Veldt', 'name-said-before-quote'],
        ['Soon.', 'Ana Veldt', 'name-said-before-quote'],
        ['No.', 'Ana Veldt', 'name-said-before-quote'],
      ],
    ],
  ])('%s', (_name, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });
});
