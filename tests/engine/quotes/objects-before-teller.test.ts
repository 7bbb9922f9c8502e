/**
 * A sentence of reported speech that a teller closes ("The image portrayed Mr Howard as a hypnotist, he argued."):
 * people named after a verb of the reported words are what was said, neither the teller a pronoun stands for nor a
 * rival speaker of a quote right after the sentence (issue 13, round 31, part 31c). A person who opens the reported
 * words, or is the subject of a clause in them, may be the teller ("Mr Howard had not been asked, he said."): then the
 * sentence is read as before. The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findActors } from '../../../src/engine/actors/index.ts';
import { indexMentions } from '../../../src/engine/quotes/02-find-cues.ts';
import { objectsBeforeTeller } from '../../../src/engine/quotes/resolve/objects-before-teller.ts';
import { quotesOfLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));

describe('objectsBeforeTeller', () => {
  test.each<[string, string, string[]]>([
    ['a person after the verb of the reported words', 'The leaflet showed Ann Roe as a magician, he claimed.', ['Ann Roe']],
    ['a person opening the reported words', 'Ann Roe had not been asked, he claimed.', []],
    ['a person who is the subject of a clause', 'The plan failed and Ann Roe was to blame, he claimed.', []],
    ['a person whose own words are reported', 'The panel heard Ann Roe say no, he claimed.', []],
    ['no comma before the teller', 'The leaflet showed Ann Roe as a magician and he claimed so.', []],
  ])('%s', (_name, text, expected) => {
    const paragraphs = tokenizedParagraphs([text]);
    const { actors, mentions } = findActors(paragraphs);
    const tokens = paragraphs[0]!.tokens;
    const he = tokens.findIndex((t) => t.lower === 'he');
    const names = new Map(actors.map((a) => [a.id, a.name]));
    expect(objectsBeforeTeller(paragraphs[0]!, indexMentions(paragraphs, mentions)[0]!, he, he + 1).map((m) => names.get(m.actor))).toEqual(expected);
  });
});

describe('a quote after reported speech closed by "…, he argued."', () => {
  test.each<[string, string, Row[]]>([
    [
      'the pronoun goes back past the person the words mention',
      'Party whip Dora Lennox said the leaflet had been misread. The leaflet simply showed Mr Oakes as a magician, she argued. “People have to read the whole thing before they judge it.”',
      [['People have to read the whole thing before they judge it.', 'Dora Lennox', 'quote-after-reported-speech']],
    ],
    [
      'a name closing the sentence, on the next line',
      'The leaflet simply showed Mr Oakes as a magician, Ms Lennox argued.\n“People have to read the whole thing.”',
      [['People have to read the whole thing.', 'Lennox', 'quote-after-reported-speech']],
    ],
  ])('%s', (_name, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });
});
