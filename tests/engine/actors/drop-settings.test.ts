import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropSettings: a place that only qualifies a noun', () => {
  test.each([
    ['a country before its citizens', 'The senator praised his empathy towards US citizens on Tuesday.', 'United States'],
    ['a country before its voters', 'Parties cannot take older UK voters for granted, a charity warned.', 'United Kingdom'],
    ['a province named before "province"', 'A car bomb struck a base in the centre of Afghanistan\'s Kandor Vale province.', 'Kandor Vale'],
    ['a country before "presidential" and after "president of the"', 'Former US presidential candidate Ann Dale backed the president of the United States.', 'United States'],
    ['a country before its money and as a setting', 'The toilet was valued at six million US dollars.\n\nIt was shown in the United States.', 'United States'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a country before its officials', 'US officials said the talks had failed.', 'United States'],
    ['a country before its citizens that also acts', 'US citizens were told to leave.\n\nThe United States said it would send planes.', 'United States'],
    ['a country that is the subject of a verb', 'Canada said it would not join the pact.', 'Canada'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
