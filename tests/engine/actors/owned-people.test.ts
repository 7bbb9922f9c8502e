/**
 * An unnamed person named only through the named person they act for ("Mr Lee's lawyer said"): the whole phrase is an
 * anonymous speaker (issue 13, round 37, part 37k). A name set off after the noun, a noun the phrase only describes,
 * a phrase after the verb behind a quotation and a phrase that does not open its clause are left alone. The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('findOwnedPeople', () => {
  test.each<[string, string, string, string | null]>([
    ['an owner with an honorific, as the subject', 'The trial ended on Friday. Mr Halloran’s lawyer called the verdict “a travesty”.', 'a travesty', 'Mr Halloran’s lawyer'],
    ['an owner’s agent as the subject before a colon', 'The club confirmed the injury. Ms Okoro’s agent said: “She will not play again this season.”', 'She will not play again this season.', 'Ms Okoro’s agent'],
    ['not after the verb behind a quote', '“She will not play again this season,” said Ms Okoro’s agent.', 'She will not play again this season,', null],
    ['a full name as the owner', 'Tomas Berg’s attorney said the charges were “baseless”.', 'baseless', 'Tomas Berg’s attorney'],
    ['not when the lawyer is named after the noun', 'Mr Halloran’s lawyer, Ruth Dane, said the verdict was “a travesty”.', 'a travesty', 'Ruth Dane'],
    ['not a role that is not held for the owner', 'Mr Halloran’s neighbour said the verdict was “a travesty”.', 'a travesty', null],
  ])('%s', (_name, article, text, speaker) => {
    expect(quotesOfLines(article).find((q) => q.text === text)?.speaker ?? null).toBe(speaker);
  });
});
