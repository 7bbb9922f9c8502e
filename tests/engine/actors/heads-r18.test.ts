/**
 * Round 18 (13bh) head nouns of names that are no actors: a building ("the Harlow Civic Building"), a ceremony ("the
 * Coastguard Awards Ceremony"), a law after "the" or a possessive ("the Clean Rivers Law"). Each with rows that keep
 * the actor: a person whose surname is "Law", a building's owner that speaks.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOfParagraphs(text).map((a) => a.name);

describe('names ending in a head noun of a thing', () => {
  test.each([
    ['a building', 'The talks were held in the Harlow Civic Building on Tuesday.', 'Harlow Civic Building'],
    ['a building as subject', 'The Marston Federal Building reopened after repairs, officials said.', 'Marston Federal Building'],
    ['a ceremony', 'The agency hosted the Coastguard Awards Ceremony, honouring 40 officers.', 'Coastguard Awards Ceremony'],
    ['a law after "the"', 'The Clean Rivers Law provided $20 million for new pipes.', 'Clean Rivers Law'],
    ['a law after a possessive', 'The money came from the governor’s Fair Wages Law, passed in May.', 'Fair Wages Law'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a person surnamed Law', 'The actor Jude Law said he was delighted with the film.', 'Jude Law'],
    ['a person surnamed Law, said-last', '"It was a long night," said Kenneth Law, a local farmer.', 'Kenneth Law'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('a past speech verb opening an inverted sentence', () => {
  test.each([
    ['before a body', 'Remarked Center for Marine Studies scientist Ann Roe, "This is good news for the whales."', 'Center for Marine Studies'],
    ['before a person', 'Added Paula Grant, the club secretary: "We are thrilled."', 'Paula Grant'],
  ])('is no word of the name %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });

  test.each([
    ['a given name that looks like a verb form', 'Ahmed Said told reporters the talks had failed.', 'Ahmed Said'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
