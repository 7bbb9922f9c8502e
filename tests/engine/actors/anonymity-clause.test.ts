/**
 * An unnamed person as the subject of a verb of saying past a relative clause that only asks for something ("who asked
 * not to be named", "who was asked to comment"), also when a sentence adverb and its comma open the sentence ("However,
 * one dealer, who …, told"): the verb is the person's (issue 13, round 31, part 31c). A clause that reports words, and
 * a comma that closes an appositive, still stop the reading. The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { afterBetweenWords } from '../../../src/engine/actors/speech-verb-forms.ts';
import { quotesOfLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakers = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('afterBetweenWords', () => {
  test.each<[string, string, string]>([
    ['past a clause asking not to be named', 'One trader, who asked not to be named, told us so.', 'told'],
    ['past a clause with a verb asked to do something', 'One trader, who was asked to comment, said no.', 'said'],
    ['past a clause after an opening adverb and its comma', 'However, one trader, who was there, said no.', 'said'],
    ['not past a clause that reports words', 'One trader, who said prices would fall, told us so.', ','],
    ['not past a clause after an appositive comma', 'Ann Roe, a trader, who was there, said no.', ','],
  ])('%s', (_name, text, expected) => {
    const tokens = tokenizedParagraphs([text])[0]!.tokens;
    const head = tokens.findIndex((t) => t.lower === 'trader');
    expect(tokens[afterBetweenWords(tokens, head, true)]?.text).toBe(expected);
  });
});

describe('an unnamed person past a clause asking for anonymity', () => {
  test.each<[string, string, Row[]]>([
    [
      'after "However," with a partial quote',
      'Shares fell on Friday. However, one broker, who asked not to be named, told Reuters the results were "weaker than anyone feared".',
      [['weaker than anyone feared', 'one broker']],
    ],
    [
      'at the sentence start with a colon quote',
      'The market was quiet. One dealer, who declined to be named, said: "Nobody wants to move before the budget."',
      [['Nobody wants to move before the budget.', 'One dealer']],
    ],
  ])('%s', (_name, article, rows) => {
    expect(speakers(article)).toEqual(rows);
  });
});
