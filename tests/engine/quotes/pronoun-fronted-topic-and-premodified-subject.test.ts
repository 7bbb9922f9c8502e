/**
 * Pronoun resolution (issue 13, helper 13cm): three grammar facts about which earlier name "he" or "she" continues.
 * A name in a fronted topic phrase ("Of NAME, she said:") is never the pronoun's own (it is the object of "said of").
 * A subject the actor stages read as a body but ", who" marks as a person makes a later "he"/"she" unclear (null,
 * not a jump past it to a person further back). A person premodified by a long body's name and a role ("Builders &
 * General Labourer's Union general secretary NAME repeated …", "Chief police officers spokesman NAME said …") is the subject
 * the next pronoun continues.
 * News-shaped sentences written for these tests; rows with speaker null are where the resolver must withhold.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

/** The speaker given to the quote that starts with `opening`. */
const speakerOf = (article: string, opening: string): string | null | undefined => quotesOfLines(article).find((q) => q.text.startsWith(opening))?.speaker;

describe('a name in a fronted topic phrase is not what the pronoun after it stands for', () => {
  test.each<[string, string, string, string | null]>([
    [
      '"Of NAME, she said:" after a sentence about the woman who speaks',
      'Lena Ortiz, who won for playing the late writer Ada Byrne, said her award was "a shock". Of Byrne, she said: "Her books shaped my life."',
      'Her books',
      'Lena Ortiz',
    ],
    [
      '"About the coach NAME, he said:"',
      'Tom Reyes praised the squad on Saturday. About the coach Dan Wells, he said: "He gave us belief."',
      'He gave',
      'Tom Reyes',
    ],
    [
      '"Regarding the pilot NAME, he added:"',
      'Mark Dunne thanked the crew after the launch. Regarding the pilot Sam Hirst, he added: "He never once lost his nerve."',
      'He never',
      'Mark Dunne',
    ],
    [
      'the woman the sentence before names is read as a body, "who" marks her as a person: unclear, not the person further back',
      'The Lamp took five prizes and thanked the head of sales at Dana Vell.\nDana Vell, who won for playing the novelist Ruth Kerr, said it was "a dream". Of Kerr, she said: "Her courage inspires me."',
      'Her courage',
      null,
    ],
    [
      'the winner of an award category is a person, not a body (13cs), so "she" is hers',
      'The Lamp took five prizes including best supporting actress for Dana Vell.\nDana Vell, who won for playing the novelist Ruth Kerr, said it was "a dream". Of Kerr, she said: "Her courage inspires me."',
      'Her courage',
      'Dana Vell',
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});

describe('a person after a long body name and a role opens the clause as its subject', () => {
  test.each<[string, string, string, string | null]>([
    [
      'a union whose name holds "&" and a possessive, a lower-case role, then the name and its verb',
      'Builders & General Labourer\'s Union general secretary Ken Doyle repeated his warning on Monday. "Every job on this site matters," he said.',
      'Every job',
      'Ken Doyle',
    ],
    [
      'the same for "she" and a regional post',
      'Shipyard & General Fitter\'s Association regional secretary Ann Coll said the offer was poor. "Our members deserve better," she said.',
      'Our members',
      'Ann Coll',
    ],
    [
      'a body read from "Chief police" and only role nouns before the person ("officers spokesman"): the person, not an object',
      'The ban faces a test this weekend. Chief police officers spokesman Dan Royle said he expected most people would obey the law. He said staff would challenge the "one or two unruly hunts" which are threatening trouble.',
      'one or two',
      'Dan Royle',
    ],
    [
      'a body, a role noun ending in "s" and an honorific before the surname ("Acme Foods boss Mr Royle"): the person, not an object of "boss"',
      'Dan Royle spoke first.\nThe rival plan was rejected by the board. Acme Foods boss Mr Royle thinks the deal is vital. "It is about jobs," he said.',
      'It is about',
      'Dan Royle',
    ],
    [
      'the same with "Dr" after a body named as an initialism',
      'Ann Coll, head of the Tyne Valley Trust, spoke first.\nThe report was dismissed by ministers. TVT boss Dr Coll believes it will stand. "The figures are clear," she said.',
      'The figures',
      'Ann Coll',
    ],
    [
      'a verb in "s" between the body and an honorific ("Acme Foods sacks Mr Royle"): the person is an object, unclear',
      'Tom Hale left the firm in May. Acme Foods sacks Mr Royle on Monday. "I was shocked," he said.',
      'I was',
      null,
    ],
    [
      'a verb between the body and the role ("Acme Foods sacked chief executive NAME"): the person is an object, unclear',
      'Tom Hale left the firm in May. Acme Foods sacked chief executive Dan Royle on Monday. "I was shocked," he said.',
      'I was',
      null,
    ],
    [
      'a comma inside the name ends the phrase: no subject found that way',
      'Ferry, Dock & General Hand\'s Union national officer Paul Marr criticised the plan. "It will cost jobs," he said.',
      'It will',
      null,
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});
