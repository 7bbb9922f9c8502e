/**
 * A one-word name that a plural "be" or "have" follows (issue 13, round 38): in British news a body, band or team takes
 * a plural verb, a person never does, so the article's other mentions of the word name an organisation too.
 * Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findOrganizationWords } from '../../../src/engine/actors/find-organization-words.ts';
import { findActors } from '../../../src/engine/actors/index.ts';
import { byBlankLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

const paragraphsOf = (article: string) => tokenizedParagraphs(byBlankLines(article));

describe('a one-word name with a plural verb', () => {
  test.each([
    ['"have" and a participle', 'Dunmore have sacked their coach after a failed test.', 'dunmore'],
    ['"are" and a participle', 'After the defeat, Kelsey are looking for a new manager.', 'kelsey'],
    ['"were" after a time phrase', 'Last night Marlow were beaten at home.', 'marlow'],
  ])('is an organisation: %s', (_case, article, word) => {
    expect(findOrganizationWords(paragraphsOf(article))).toContain(word);
  });

  test.each([
    ['a pair joined by "and"', 'Dana and Kelsey have left the town.', 'kelsey'],
    ['the object of a preposition', 'The plans drawn up by Kelsey were rejected.', 'kelsey'],
    ['a question', 'Would Kelsey have known about the plan?', 'kelsey'],
    ['a conditional', 'If Kelsey were elected, the plan would change.', 'kelsey'],
    ['a name that may be a plural', 'Hoskins have a point, the fans said.', 'hoskins'],
    ['inside a quotation', '“Kelsey have let us down,” she said.', 'kelsey'],
    ['a name after an article', 'The passengers booked on the Rosalind have got a refund.', 'rosalind'],
    ['a singular verb', 'Kelsey has left the club.', 'kelsey'],
  ])('is not shown to be an organisation: %s', (_case, article, word) => {
    expect(findOrganizationWords(paragraphsOf(article))).not.toContain(word);
  });

  test('the club named with a plural verb is an organisation wherever it is named', () => {
    const { actors } = findActors(paragraphsOf('Dunmore have sacked their striker.\n\nA statement from Dunmore said the decision was final.'));
    expect(actors.find((a) => a.name === 'Dunmore')?.kind).toBe('organization');
  });
});
