/**
 * A person's post written with no commas at all ("“…,” Dr Ann Roe games director at software firm Zentec told …"):
 * the body right before the verb is where the person works; the person who opens the clause speaks (issue 13,
 * round 24). A name after an honorific stays a person's even when the next word is a noun of events ("games").
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a post with no commas between the person and the body', () => {
  test.each([
    ['after the quote, a post at a described firm', 'New screens reach the shops in May. "Every film will look sharper," Dr Ada Linwood games design director at software firm Zentrava told reporters.', 'Ada Linwood'],
    ['after the quote, with said', 'Fares rose on Monday. "Passengers will pay more," Dr Sarah Ferris fares policy director at rail firm Harlan Rail said.', 'Sarah Ferris'],
    ['before the quote', 'Fares rose on Monday. Dr Sarah Ferris fares policy director at rail firm Harlan Rail said: "Passengers will pay more."', 'Sarah Ferris'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['no title before the preposition', 'Fares rose on Monday. "Passengers will pay more," said a letter Sarah Ferris sent to staff at Harlan Rail.'],
    ['the person does not open the clause', 'Fares rose on Monday. "Passengers will pay more," the talks with Dr Sarah Ferris fares policy director at rail firm Harlan Rail showed.'],
  ])('not the person: %s', (_label, text) => {
    expect(speakers(text)).not.toContain('Sarah Ferris');
  });
});

describe('a name after an honorific before a noun of events', () => {
  test.each([
    ['"Dr NAME games director"', 'Consoles get faster. Dr Ada Linwood games director at Zentrava spoke at the fair.', 'Ada Linwood'],
    ['"Prof NAME games researcher"', 'Consoles get faster. Prof Tomas Reedy games researcher at the university spoke at the fair.', 'Tomas Reedy'],
  ])('a person: %s', (_label, text, name) => {
    expect(actorsOfParagraphs(text).find((a) => a.name === name)?.kind).toBe('person');
  });
});
