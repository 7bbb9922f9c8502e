import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);
const speakers = (text: string): [string, string | null][] => quotesOfTexts(byBlankLines(text)).map((q) => [q.text, q.speaker]);

describe('building heads: towers, complexes, headquarters, stations', () => {
  test.each([
    ['a tower', 'Some marchers headed for Revell Tower instead.', 'Revell Tower'],
    ['a complex', 'The rally began outside the Harbour Sports Complex.', 'Harbour Sports Complex'],
    ['headquarters', 'The crowd moved to the Dunmore Police Headquarters.', 'Dunmore Police Headquarters'],
    ['a station', 'Trains stopped at Ashgrove Station for an hour.', 'Ashgrove Station'],
    ['a station with its short form', 'The crew will reach the Orbital Research Station (ORS) on Monday.', 'ORS'],
    ['a station by its initials elsewhere', 'The crew will reach the Orbital Research Station on Monday.\n\nThe ORS has room for six.', 'ORS'],
  ])('no actor for %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a person whose surname is a building word', 'Senator John Tower said the bill would fail.', 'John Tower'],
    ['a headquarters that speaks', 'Allied Forces Headquarters said the raid had ended.', 'Allied Forces Headquarters'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('crafts, standards and titles of songs', () => {
  test.each([
    ['a space shuttle', 'It was the last Space Shuttle flight.', 'Space Shuttle'],
    ['a technical standard', 'Phones moved on from networks like GSM and CDMA.', 'GSM'],
    ['a song after "single"', 'Her new single Paper Moons was released in June.', 'Paper Moons'],
    ['a song after "track"', 'On his track Doce Calles, Rico Vela raps about home.', 'Doce Calles'],
  ])('no actor for %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });
});

describe('clubs named by a place and a club word', () => {
  test.each([
    ['a city club that has said', 'Fenwick City has said it is “shocked” by the ruling.', 'shocked', 'Fenwick City'],
    ['a united club that said', 'Harlow United said it would “fight the charges”.', 'fight the charges', 'Harlow United'],
  ])('%s speaks', (_label, text, quote, speaker) => {
    expect(speakers(text)).toContainEqual([quote, speaker]);
  });

  test('a city that does not speak stays no actor', () => {
    expect(names('Thousands marched in Quezon City on Sunday.')).not.toContain('Quezon City');
  });
});

describe('a kind of organisation learned from the text', () => {
  test.each([
    ['a band', 'Scottish rock band Vellum cancelled two shows.\n\nThe band said the singer had flu.'],
    ['an orchestra', 'The youth orchestra Arcadia toured Spain.\n\nThe orchestra said the tour was a success.'],
  ])('"the %s" refers to the one introduced with that noun', (_label, text) => {
    const name = _label === 'a band' ? 'Vellum' : 'Arcadia';
    expect(names(text)).toContain(name);
  });

  test('"the band" refers to no other kind of organisation', () => {
    const article = 'The BBC showed the concert.\n\n“We loved it,” the band said.';
    expect(speakers(article)).not.toContainEqual(['We loved it,', 'BBC']);
  });
});
