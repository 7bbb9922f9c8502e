/**
 * A possessive written with a curly apostrophe (’s, as British and wire house styles set it) is read as one written
 * with a straight one ('s): the same speakers and the same actors come out. Covers speech-verb-forms.ts
 * (isSubjectOfSpeech: "Mr Lane’s lawyers stated" is no bare "lawyers" speaking) and 07-drop-settings.ts (a list of
 * places before "’s"). News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

const curly = (text: string): string => text.replace(/'s\b/g, '’s');

describe('a curly possessive gives the speakers a straight one gives', () => {
  test.each([
    ['lawyers named by their client', 'Lawyers for the singer Tom Lane asked the court to keep the files sealed.\n"The release of the files serves no purpose," a motion by Mr Lane\'s lawyers stated.'],
    ['staff named by their employer', 'The firm Harbour Logistics cut jobs on Monday.\n"We were told nothing until the morning," a letter from Harbour Logistics\'s staff said.'],
    ['an owner before a named speaker', 'The club answered its critics on Friday.\n"We have done everything by the book," the club\'s chairman Ian Moss said.'],
  ])('%s', (_label, article) => {
    expect(quotesOfLines(curly(article))).toEqual(quotesOfLines(article));
  });
});

describe('a curly possessive gives the actors a straight one gives', () => {
  test.each([
    ['places listed before a possessive', 'In Brussels, France and Germany\'s leaders met on Monday.'],
    ['a place before a possessive', 'Kenya\'s president spoke in Nairobi on Tuesday.'],
  ])('%s', (_label, article) => {
    expect(actorsOfParagraphs(curly(article)).map((a) => a.name)).toEqual(actorsOfParagraphs(article).map((a) => a.name));
  });
});
