import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const actors = (text: string): [string, string][] => actorsOf(text).map((a) => [a.name, a.kind]);

describe('classifyNameRuns: an organisation named with its country or region', () => {
  test.each([
    ['a charity ending in "UK"', 'Kidney Care UK said the waiting lists were too long.', 'Kidney Care UK'],
    ['a party ending in "UK"', 'Renewal UK said it would stand in every seat.', 'Renewal UK'],
    ['a known campaign group ending in a region', 'Greenpeace Nordic said the deal was a licence to pollute.', 'Greenpeace Nordic'],
    ['a known company ending in a continent', 'AOL Europe said the service would close in May.', 'AOL Europe'],
    ['a utility ending in a part of a country', 'Power Grid North West says most homes will be reconnected by Wednesday.', 'Power Grid North West'],
    ['a known body ending in a country', 'Unicef Australia said the camps needed clean water.', 'Unicef Australia'],
  ])('names %s', (_label, text, name) => {
    expect(actors(text)).toContainEqual([name, 'organization']);
  });

  test.each([
    ['a country after a compass word', 'South Africa said it would send aid.', 'South Africa', 'place'],
    ['a person whose surname is a country', 'Patricia Scotland said the report was fair.', 'Patricia Scotland', 'person'],
    ['a person whose surname is a country, unknown first name', 'Ruth Jordan said the report was fair.', 'Ruth Jordan', 'person'],
    ['a country after a modal verb opening a question', 'Will UK ministers back the plan? Officials said no.', 'United Kingdom', 'place'],
  ])('keeps %s', (_label, text, name, kind) => {
    expect(actors(text)).toContainEqual([name, kind]);
  });
});

describe('an organisation named with its region speaks', () => {
  test.each([
    ['a utility, then "it warned"', 'Power Grid North West says 23,000 homes are without power.\n\nIt warned that some properties “may be without supply for longer”.', 'may be without supply for longer', 'Power Grid North West'],
    ['a charity that "said" a quoted phrase', 'Kidney Care UK said the plan was “a step backwards”.', 'a step backwards', 'Kidney Care UK'],
    ['a known group ending in a region', 'Greenpeace Nordic said the deal, as drafted, was “a licence to drill”.', 'a licence to drill', 'Greenpeace Nordic'],
  ])('gives the quote to %s', (_label, article, text, speaker) => {
    expect(quotesOfTexts(byBlankLines(article)).map((q) => [q.text, q.speaker])).toContainEqual([text, speaker]);
  });
});
