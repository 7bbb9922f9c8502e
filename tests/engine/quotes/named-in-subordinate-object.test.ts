/**
 * A "he" or "she" after a sentence whose people are named only as objects inside a subordinate clause ("… the rule set
 * when a judge decided that nurses could stop treating patient Dan Orr.") passes over that sentence and goes back to the
 * subject named before, as a reader does (issue 13, round 36, part 36b). A person who is the subject of any clause of the
 * sentence, or one after a verb of saying, keeps the sentence as it was read before. The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findActors } from '../../../src/engine/actors/index.ts';
import { indexMentions } from '../../../src/engine/quotes/02-find-cues.ts';
import { namedInSubordinateObject } from '../../../src/engine/quotes/resolve/named-in-subordinate-object.ts';
import { quotesOfLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, resolution?: string];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => (q.resolution ? [q.text, q.speaker, q.resolution] : [q.text, q.speaker]));

describe('namedInSubordinateObject', () => {
  test.each<[string, string, string[]]>([
    ['a person after the verb of a clause inside the predicate', 'The reform must not undo the rule set when a judge decided that nurses could stop treating patient Ada Lim.', ['Ada Lim']],
    ['a person arrested in a clause after the main verb', 'The law was changed after police arrested Ada Lim.', ['Ada Lim']],
    ['the subject of the main clause', 'Ada Lim said the rule was set when a judge decided it.', []],
    ['the subject of the subordinate clause', 'The reform must not undo the rule set when a judge decided that Ada Lim could stop the treatment.', []],
    ['a possessor, who may own a subject', "The plan must change because the board thinks that Ada Lim's team spent too much.", []],
    ['an unnamed person as the subject', 'The council spokesman argued that nurses could stop treating Ada Lim.', []],
    ['a pronoun as the subject', 'He believes that nurses could stop treating Ada Lim.', []],
    ['a person after a closing verb of saying', 'The plan will matter if ministers are to keep voters said Ada Lim.', []],
    ['a person past a comma in the clause', 'Nurses were upset after the board decided that the ward would close, and Ada Lim resigned.', []],
    ['a person who opens a relative clause', 'The law changed when police arrested Ada Lim, who later sued.', []],
  ])('%s', (_name, text, expected) => {
    const paragraphs = tokenizedParagraphs([text]);
    const { actors, mentions } = findActors(paragraphs);
    const names = new Map(actors.map((a) => [a.id, a.name]));
    expect([...namedInSubordinateObject(paragraphs[0]!, indexMentions(paragraphs, mentions)[0]!, 0)].map((m) => names.get(m.actor))).toEqual(expected);
  });
});

describe('a pronoun after a sentence that names someone only deep in an object phrase', () => {
  test.each<[string, string, Row[]]>([
    [
      'the pronoun goes back past the patient to the subject who spoke',
      'Tom Vale said he would back the bill. But the bill must not undo the rule set when a judge decided that nurses could stop treating patient Dan Orr. "We have to get this right," he said.',
      [['We have to get this right,', 'Tom Vale', 'pronoun-to-salient-subject']],
    ],
    [
      'the pronoun goes back past a person arrested in a clause after the main verb',
      'Ann Dee said the rules had to change.\nThe law was changed after police arrested Ruth Kay. "It was long overdue," she said.',
      [['It was long overdue,', 'Ann Dee', 'pronoun-to-salient-subject']],
    ],
    [
      'a person who is the subject of the subordinate clause is still the one the pronoun stands for',
      'Tom Vale said he would back the bill. But the bill must not undo the rule set when a judge decided that Dan Orr could stop treatment. "We have to get this right," he said.',
      [['We have to get this right,', 'Dan Orr', 'pronoun-to-antecedent']],
    ],
    [
      'a person who is the subject of the main clause is still the one the pronoun stands for',
      'Tom Vale said he would back the bill. Dan Orr argued that nurses could stop the treatment. "We have to get this right," he said.',
      [['We have to get this right,', 'Dan Orr', 'pronoun-to-antecedent']],
    ],
  ])('%s', (_name, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });
});
