/**
 * An office named by its holder's possessive ("the Information Commissioner's Office", "the Attorney General's
 * Office") is one organisation's name, and a spokesperson "for" it speaks for that office (issue 13, round 18).
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('an office named by its holder’s possessive', () => {
  test.each([
    ['a commissioner', 'The complaint went to the Data Protection Commissioner\'s Office.\n\nA spokesman for the Data Protection Commissioner\'s Office said: “We are looking into it.”', 'Data Protection Commissioner\'s Office'],
    ['an attorney general, after the quote', 'Lawyers wrote to the Attorney General\'s Office in May.\n\n“We will review the case,” said a spokeswoman for the Attorney General\'s Office.', 'Attorney General\'s Office'],
    ['a prime minister', 'The Prime Minister\'s Office denied the report.\n\nA spokesperson for the Prime Minister\'s Office said: “The talks went well.”', 'Prime Minister\'s Office'],
    ['a prosecutor, then "she said"', 'The case was sent back to the State Prosecutor\'s Office.\n\nA spokeswoman for the State Prosecutor\'s Office said it had the file. “We are reading it now,” she said.', 'State Prosecutor\'s Office'],
  ])('the office speaks: %s', (_label, text, name) => {
    expect(new Set(speakers(text))).toEqual(new Set([name]));
    expect(actorsOfParagraphs(text).map((a) => a.name)).toContain(name);
  });

  test.each([
    ['a minister\'s words, no body after', 'The Prime Minister\'s speech was short.\n\n“We must act,” said Ann Roe.', 'Ann Roe'],
    ['a general\'s aide by name', '“The troops are ready,” said the General\'s aide, Tom Vale.', 'Tom Vale'],
  ])('unchanged: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
