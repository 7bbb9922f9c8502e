/**
 * The subject of a verb of saying after a relative clause about a person (", who …,"): the subject the verb has with
 * the clause left out — also when the clause's opening comma closes an appositive before it ("NAME, 38, a plumber,
 * who …, added"), when the word before "who" is a place or the object of a preposition ("who" refers to neither),
 * and when two clauses or a long one stand between. Every row is written for this test; each text must give the same
 * speaker as the same sentence without the clause.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

const speakerOf = (text: string): string | null => quotesOfLines(text)[0]?.speaker ?? null;

describe('a relative clause between a subject and its verb of saying is left out', () => {
  test.each<[string, string, string, string]>([
    [
      'an age and an appositive before the clause',
      'Her brother, Sam Okoye, 38, a plumber, who lives next door, added: “We pay our rates like everyone else.”',
      'Her brother, Sam Okoye, 38, a plumber, added: “We pay our rates like everyone else.”',
      'Sam Okoye',
    ],
    [
      'a clause about the body of an appositive, then one about the person',
      'Lia Moreno, spokeswoman for the league, which issued the fines, who spoke after the hearing, said: “We will not comment.”',
      'Lia Moreno, spokeswoman for the league, which issued the fines, said: “We will not comment.”',
      'Lia Moreno',
    ],
    [
      'a place before "who": the body the appositive describes',
      'Critics were unmoved. The Open Data Trust, a campaign group in Leeds, who met the minister, said in a statement that the plan was “rushed and unclear”.',
      'Critics were unmoved. The Open Data Trust, a campaign group in Leeds, said in a statement that the plan was “rushed and unclear”.',
      'Open Data Trust',
    ],
    [
      'an outlet after "speaking to" before "who": the person before the aside',
      'Ravi Menon of the University of Kent, speaking to Reuters, who covered the case, said, “The ruling will stand.”',
      'Ravi Menon of the University of Kent, speaking to Reuters, said, “The ruling will stand.”',
      'Ravi Menon',
    ],
    [
      'two clauses about the person, the first long and naming someone else',
      'Prof Ada Lind, who led the survey with the help of Tom Reed MP and a team of students, who was present on Monday, said: “We expected some of this.”',
      'Prof Ada Lind said: “We expected some of this.”',
      'Ada Lind',
    ],
  ])('%s', (_name, withClause, without, speaker) => {
    expect(speakerOf(without)).toBe(speaker);
    expect(speakerOf(withClause)).toBe(speaker);
  });
});

describe('a relative clause between the name and the verb of a sentence after a quote', () => {
  test.each<[string, string, string, string]>([
    [
      'a question or exclamation, then the name, a clause and the verb',
      'President Anne Dubois opened the summit.\n“Our forests are burning. Let us act now!” Dubois, who chaired the first session, told the delegates on Friday.',
      'President Anne Dubois opened the summit.\n“Our forests are burning. Let us act now!” Dubois told the delegates on Friday.',
      'Anne Dubois',
    ],
  ])('%s', (_name, withClause, without, speaker) => {
    expect(speakerOf(without)).toBe(speaker);
    expect(speakerOf(withClause)).toBe(speaker);
  });

  test('not past a clause when the verb reports a clause of its own', () => {
    const text = 'Union leader Sam Adeyemi spoke first.\n“Why is it always a crisis?” Tom Reed, whose son is a driver, said the talks had failed.';
    expect(quotesOfLines(text).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('an anonymous source that opens its sentence, a relative clause, then the verb', () => {
  test.each<[string, string, string, string]>([
    ['"One MP"', 'Not everyone backed the vote. One MP, who was in the crowd, told the BBC: “It was always a minority.”', 'Not everyone backed the vote. One MP told the BBC: “It was always a minority.”', 'One MP'],
    [
      '"Another member of …"',
      'Another member of the board, who sits on its audit panel, says she was told: “You only got the job because of your father.”',
      'Another member of the board says she was told: “You only got the job because of your father.”',
      'Another member of the board',
    ],
  ])('%s', (_name, withClause, without, speaker) => {
    expect(speakerOf(without)).toBe(speaker);
    expect(speakerOf(withClause)).toBe(speaker);
  });
});
