/**
 * A quote that speaks of a person by a word of that person's own name, a given name alone included, in the third
 * person, is not that person's when a pronoun, a role or a sieve is what gave them the quote (issue 13, round 36, part
 * 36c). The name a cue writes out, and the owner of a document, are kept. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findActors } from '../../../src/engine/actors/index.ts';
import { indexMentions } from '../../../src/engine/quotes/02-find-cues.ts';
import { speakerSpokenOfInQuote } from '../../../src/engine/quotes/resolve/speaker-spoken-of-in-quote.ts';
import { findGenders } from '../../../src/engine/quotes/find-genders.ts';
import type { ResolveContext } from '../../../src/engine/quotes/resolve/resolve-context.ts';
import { quotesOfLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('speakerSpokenOfInQuote', () => {
  const spokenOf = (lines: string[], speaker: string): boolean => {
    const paragraphs = tokenizedParagraphs(lines);
    const { mentions } = findActors(paragraphs);
    const index = indexMentions(paragraphs, mentions);
    const context: ResolveContext = { paragraphs, index, gendersOf: () => findGenders(paragraphs, index), pluralActs: () => new Set(), publicationsAsPersons: () => new Set() };
    const last = paragraphs.at(-1)!;
    const span = last.tokens.map((t, k) => [t, k] as const).filter(([t]) => t.quote === 0).map(([, k]) => k);
    return speakerSpokenOfInQuote(context, { position: last.index, openToken: span[0]!, closeToken: span.at(-1)! }, speaker);
  };

  test.each<[string, string[], string, boolean]>([
    ['a given name alone, as an object', ['Manager Ian Holt praised his captain Tom Vance.', '“I have had a long talk with Tom about it,” he said.'], 'tom-vance', true],
    ['a possessive of the surname', ['Manager Ian Holt praised his captain Tom Vance.', '“It was not Vance’s fault,” he said.'], 'tom-vance', true],
    ['an honorific and the surname', ['Manager Ian Holt praised his captain Tom Vance.', '“I thanked Mr Vance for his work,” he said.'], 'tom-vance', true],
    ['the speaker names himself after "I,"', ['Manager Ian Holt praised his captain Tom Vance.', '“I, Tom Vance, take it all back,” he said.'], 'tom-vance', false],
    ['the speaker names himself after "I\'m"', ['Manager Ian Holt praised his captain Tom Vance.', '“Hello, I’m Tom and I play at the back,” he said.'], 'tom-vance', false],
    ['"my name is"', ['Manager Ian Holt praised his captain Tom Vance.', '“Hello, my name is Tom and I play at the back,” he said.'], 'tom-vance', false],
    ['two people share the given name', ['Manager Tom Holt praised his captain Tom Vance.', '“I have had a long talk with Tom about it,” he said.'], 'tom-vance', false],
    ['the name word opens a sentence of the quote', ['Manager Ian Holt praised his winger Jack Young.', '“We won. Young players need time,” he said.'], 'jack-young', false],
    ['the name is part of a longer name of a thing', ['Manager Ian Holt praised his captain Tom Vance.', '“We will play for the Vance Memorial Cup,” he said.'], 'tom-vance', false],
    ['the quote names someone else', ['Manager Ian Holt praised his captain Tom Vance.', '“I have had a long talk with Ian about it,” he said.'], 'tom-vance', false],
  ])('%s', (_name, lines, speaker, expected) => {
    expect(spokenOf(lines, speaker)).toBe(expected);
  });
});

describe('a speaker found through a pronoun or a sieve that the quote speaks of by name', () => {
  test.each<[string, string, Row[]]>([
    [
      'the pronoun\'s antecedent is the one the quote names by his given name: nobody',
      'Manager Ian Holt has rebuked his captain Tom Vance for his remarks. Vance had mocked the referee after the match. “I have had more than a quiet word with Tom,” he told the club’s website. “He knows it was wrong.”',
      [
        ['I have had more than a quiet word with Tom,', null],
        ['He knows it was wrong.', null],
      ],
    ],
    [
      'the speaker names himself: kept',
      'Manager Ian Holt has rebuked his captain Tom Vance for his remarks. Vance later apologised to the referee. “I, Tom Vance, was wrong and I say sorry,” he told the club’s website.',
      [['I, Tom Vance, was wrong and I say sorry,', 'Tom Vance']],
    ],
    [
      'two people share the given name: the guard stands down',
      'Manager Tom Holt has rebuked his captain Tom Vance for his remarks. Vance had mocked the referee after the match. “I have had more than a quiet word with Tom,” he told the club’s website.',
      [['I have had more than a quiet word with Tom,', 'Tom Vance']],
    ],
    [
      'a name the cue writes out is kept: the quote speaks of a namesake',
      'Tom Vance took his son to the final. “Tom loved every minute,” Tom Vance said.',
      [['Tom loved every minute,', 'Tom Vance']],
    ],
  ])('%s', (_name, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });
});
