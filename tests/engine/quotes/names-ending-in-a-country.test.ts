import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const actors = (text: string): [string, string][] => actorsOf(text).map((a) => [a.name, a.kind]);
const quotesOf = (article: string): [string, string | null][] => quotesOfTexts(byBlankLines(article)).map((q) => [q.text, q.speaker]);

describe('branchStart: a capitalised common word inside prose is a word of the name that ends in a country', () => {
  test.each([
    ['after "of"', 'She is the director of Open Arms UK and a nurse.', 'Open Arms UK'],
    ['after "from"', 'The grant came from Just Play USA last year.', 'Just Play USA'],
    ['after "at"', 'He trained nurses at Fair Care UK for a decade.', 'Fair Care UK'],
  ])('names an organisation %s', (_label, text, name) => {
    expect(actors(text)).toContainEqual([name, 'organization']);
  });

  test.each([
    ['a modal verb opening a question', 'Will UK ministers back the plan? Officials said no.', 'United Kingdom'],
    ['a common word opening a sentence', 'Just US officials attended the talks.', 'United States'],
  ])('keeps the country after %s', (_label, text, name) => {
    expect(actors(text)).toContainEqual([name, 'place']);
  });
});

describe('personBeforeUnclosedAppositive: capitalised posts held at bodies, no comma before the verb', () => {
  test.each([
    ['two posts at two bodies', '“The wards are full,” Mara Quill, Senior Advisor at Harbour Health Works and President of Fair Care UK said.', [['The wards are full,', 'Mara Quill']]],
    ['one post at a body ending in a country', '“Rents keep rising,” Tomas Reyes, Director of Housing Now USA said.', [['Rents keep rising,', 'Tomas Reyes']]],
    ['one post before a colon', 'Ilse Brandt, Chair of the Harbour Trust said: “We will appeal.”', [['We will appeal.', 'Ilse Brandt']]],
  ])('gives the quote to the person before %s', (_label, article, expected) => {
    expect(quotesOf(article)).toEqual(expected);
  });

  test.each([
    ['a second person in the appositive', '“It was late,” Ann Roe, Chair of Harbour Trust and Tom Lee said.', 'Ann Roe'],
  ])('gives no quote to the first person with %s', (_label, article, person) => {
    expect(quotesOf(article).map(([, s]) => s)).not.toContain(person);
  });
});

describe('documentPhraseAt: a body named as the modifier of a document after words that say which', () => {
  test.each([
    ['"a recent BODY report"', 'According to a recent Harbour Institute report, “wages fell in every region.”', [['wages fell in every region.', 'Harbour Institute']]],
    ['"the latest BODY statement"', 'According to the latest Greenway Trust statement, “the river is clean again.”', [['the river is clean again.', 'Greenway Trust']]],
  ])('gives the quote to the body in %s', (_label, article, expected) => {
    expect(quotesOf(article)).toEqual(expected);
  });

  test.each([
    ['a report that names no body', 'According to a recent report, “wages fell in every region.”', [['wages fell in every region.', null]]],
  ])('gives nobody for %s', (_label, article, expected) => {
    expect(quotesOf(article)).toEqual(expected);
  });
});
