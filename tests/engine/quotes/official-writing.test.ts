/**
 * Shapes of official and explainer writing (government releases, academic explainers), on sentences written for
 * these tests: the speaker each quote gets, or none where two readers could differ.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

function speakersOf(article: string): Row[] {
  return quotesOfLines(article).map((q) => [q.text, q.speaker]);
}

describe('"the vice president" stands for the person the article gave that post', () => {
  test.each<[string, string, Row[]]>([
    ['after the quote', 'Vice President Dana Ortiz opened the summit in Oslo.\n“Isolation is not safety,” said the Vice President.', [['Isolation is not safety,', 'Dana Ortiz']]],
    ['before a partial quote', 'Vice President Dana Ortiz opened the summit in Oslo.\nThe Vice President said the alliance was “stronger than ever.”', [['stronger than ever.', 'Dana Ortiz']]],
    ['lower case, with the post after the name', 'Karl Brandt, the vice president of the bank, spoke on Monday.\n“Rates will hold,” the vice president said.', [['Rates will hold,', 'Karl Brandt']]],
    ['the president of the same release is not the vice president', 'President Omar Hale and Vice President Dana Ortiz met the press.\n“We are united,” said the President.', [['We are united,', 'Omar Hale']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });

  test.each<[string, string, Row[]]>([
    ['"the president" is not the vice president named alone', 'Vice President Dana Ortiz opened the summit in Oslo.\n“Isolation is not safety,” said the president.', [['Isolation is not safety,', null]]],
    ['"the vice president" is not the president named alone', 'President Omar Hale opened the summit in Oslo.\n“Isolation is not safety,” said the vice president.', [['Isolation is not safety,', null]]],
  ])('no speaker: %s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('"brag" is a verb of saying, like "boast"', () => {
  test.each<[string, string, Row[]]>([
    ['a partial quote after "bragged about"', 'In 2019, County Executive Lena Marsh bragged about “cutting every fee in the county.”', [['cutting every fee in the county.', 'Lena Marsh']]],
    ['after the quote', '“We built more homes than anyone,” bragged Mayor Tom Reyes.', [['We built more homes than anyone,', 'Tom Reyes']]],
    ['with an aside between subject and verb', 'Senator Ruth Vance — now a candidate for governor — often brags that the state is “the best run in the nation.”', [['the best run in the nation.', 'Ruth Vance']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('an unnamed person keeps the place phrase after the noun as part of who speaks', () => {
  test.each<[string, string, Row[]]>([
    ['two phrases of place after the verb', '“The queue has not moved,” said a traveler at Logan Airport in Boston — where lines filled the hall.', [['The queue has not moved,', 'traveler at Logan Airport in Boston']]],
    ['initials and a hyphen inside the place', '“It is chaos,” said a commuter at Grand-Central Union Station.\n“We waited an hour,” said a traveler at John F. Kennedy Airport.', [['It is chaos,', 'commuter at Grand-Central Union Station'], ['We waited an hour,', 'traveler at John F. Kennedy Airport']]],
    ['a subject before its speech verb', 'A student from Lagos said the fees were “far too high.”', [['far too high.', 'student from Lagos']]],
    ['a place in lower case stays out', '“It is a scandal,” said one commuter at the station.', [['It is a scandal,', 'one commuter']]],
    ['a clause that goes on after the place keeps the noun alone', '“We are tired of this,” said a woman in Paris last week.', [['We are tired of this,', 'woman']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('a heading of an organisation, a post and a person gives the quote under it to the person', () => {
  test.each<[string, string, Row[]]>([
    ['two posts joined by "and"', 'Leaders praised the act on Monday.\nVermont Water President and CEO Ann Roe\n“This act will protect our rivers for a generation.”', [['This act will protect our rivers for a generation.', 'Ann Roe']]],
    ['an organisation the article names, then one post', 'Harbor Pilots Association members met the minister.\nHarbor Pilots Association President Bob Lee\n“We welcome the new funding for the harbor.”', [['We welcome the new funding for the harbor.', 'Bob Lee']]],
    ['an ampersand between the posts', 'Firms welcomed the rule.\nNorthfield Rail Chairman & CEO Dana Fox\n“The rule gives shippers certainty.”', [['The rule gives shippers certainty.', 'Dana Fox']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });

  test.each<[string, string, Row[]]>([
    ['"and" between two names is two people', 'Leaders spoke after the vote.\nMayor Ann Roe and Governor Bob Lee\n“We will keep working together.”', [['We will keep working together.', null]]],
    ['an organisation and a person with no post between', 'Leaders spoke after the vote.\nFriends of Ann Roe\n“We will keep working together.”', [['We will keep working together.', null]]],
  ])('no speaker: %s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
