/**
 * Rewrites that must not change who speaks (issue 13, round 17): where the person works after a capitalised post
 * and name ("said Acme Director NAME from the magazine"), an organisation and post before a person followed by
 * another organisation ("University of Leeds Executive Director NAME of The Times told"), and a relative clause
 * naming a body before a second one ("NAME, who chairs the ORG, who …, says"), and a person's place before an
 * appositive ("NAME of Georgia, a waitress at a diner, said").
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('where the person works, after a capitalised post and the name', () => {
  test.each([
    ['"from"', '“We built a house to show it,” said Orbis Acting Director Hanna Vogel from the trade magazine.', 'Hanna Vogel'],
    ['"at"', '“Demand is soft,” said Keel Bank Chief Economist Ravi Mehta at the bank’s London office.', 'Ravi Mehta'],
    ['"for"', '“The plan is late,” said Northern Rail Managing Director Tom Akers for the operator.', 'Tom Akers'],
    ['"according to" and "from"', 'The shoe, according to Strata Administrator Lise Brandt from the company, can “adapt to your stride”.', 'Lise Brandt'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test('a name and "and" after the post still reads no person alone', () => {
    expect(speakers('“We object,” said Acme Corp Vice President Ann Lee and Tom Bell.')).not.toContain('Acme Corp');
  });
});

describe('an organisation and a post before a person, another organisation after', () => {
  test.each([
    ['"of The Times"', 'University of Leeds Executive Director Mara Quist of The Times told listeners: “He was freed a year ago.”', 'Mara Quist', 'University of Leeds'],
    ['"of the Refugee Council"', 'Bank of Wales Chief Economist Owen Price of the Refugee Council said: “Rents are too high.”', 'Owen Price', 'Bank of Wales'],
  ])('the person is found apart and speaks: %s', (_label, text, person, body) => {
    const actors = actorsOfParagraphs(text).map((a) => `${a.kind}:${a.name}`);
    expect(actors).toEqual(expect.arrayContaining([`person:${person}`, `organization:${body}`]));
    expect(speakers(text)).toEqual([person]);
  });

  test.each([
    ['a body with two "of"s', 'The Church of the Holy Spirit of Leeds said: “Doors open at nine.”', 'Church of the Holy Spirit of Leeds'],
  ])('a body is left whole: %s', (_label, text, body) => {
    expect(actorsOfParagraphs(text).map((a) => a.name)).toContain(body);
  });
});

describe('two relative clauses after a person, the first naming a body', () => {
  test.each([
    ['a committee', 'Writing in a paper, Ms Aldous, who chairs the Health Select Committee, who was in Leeds on Monday, says: “Waiting lists are too long.”', 'Aldous'],
    ['a charity', 'Dr Rhys Bevan, who heads the Heart Foundation, who was at the launch, said: “It is a good start.”', 'Rhys Bevan'],
  ])('the person speaks, not %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});

describe('a person’s place, then an appositive, before the verb', () => {
  test.each([
    ['a state the article knows', 'Lena Moss of Georgia, a nurse at a county clinic, said: “I got back every penny.”', 'Lena Moss'],
    ['a state after a title', 'Rep. Dale Hutt of Ohio, the ranking member, said: “There is no deal.”', 'Dale Hutt'],
    ['a town', 'Mark Ebden of Barnsley, a retired miner, said: “The pit was our life.”', 'Mark Ebden'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['a country alone', 'France, a founding member, said it would “veto the plan”.', 'France'],
    ['a person, then a body', 'Ann Lee of Acme Holdings, the biggest lender, said: “No deal.”', 'Ann Lee'],
  ])('no other reading changes: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
