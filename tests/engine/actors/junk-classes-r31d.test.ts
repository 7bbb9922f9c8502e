import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

// Round 31d: names of no one that the actor stages used to keep (works, places, things, characters), each
// class with the sentences that must keep an actor of the same shape.
const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('classifyNameRuns: a title after its kind of work (31d)', () => {
  test.each([
    ['a title that opens with its own "The"', 'Her second album The Velvet College sold a million copies.', 'Velvet College'],
    ['a show title that opens with its own "The"', 'He was a regular guest on the panel show The Thinkers Trust.', 'Thinkers Trust'],
    ['a hit after a preposition', 'The band won best song for hit Paper Lanterns in March.', 'Paper Lanterns'],
    ['a hit after a possessive', 'Their hit Copper Sky stayed at number one for weeks.', 'Copper Sky'],
    ['a title set off by a comma at the end of the sentence', 'He played the king in the first televised pantomime, Jack Merriweather.', 'Jack Merriweather'],
    ['a title described as a fantasy', 'Ella Brandt wrote Fox Sister, a fantasy set in the distant north.', 'Fox Sister'],
    ['later titles of a list after a trilogy', 'He worked on the Starfall trilogy, Glass River and Tom Lantern.', 'Tom Lantern'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a name after "hit" as a verb', 'The storm will hit Tom Lantern hardest, forecasters warned.', 'Tom Lantern'],
    ['a name after "to hit"', 'He tried to hit Jack Merriweather with a chair, police said.', 'Jack Merriweather'],
    ['a name after a comma that ends an apposition about a person', 'The prize went to her brother, Jack Merriweather.', 'Jack Merriweather'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('classifyNameRuns: a made thing after its kind (31d)', () => {
  test.each([
    ['a steroid', 'He tested positive for the anabolic steroid ZRX last year.', 'ZRX'],
    ['a drug', 'Patients took the drug Zelnorm Plus for six months.', 'Zelnorm Plus'],
    ['a games console', 'Queues formed for the new games console Nexa Go on Friday.', 'Nexa Go'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a firm named like a drug that speaks', 'Zelnorm Pharma said the drug was safe.', 'Zelnorm Pharma'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('classifyNameRuns: a place named after its kind (31d)', () => {
  test.each([
    ['a city after "capital"', 'Mothers gather in a square in the Argentine capital Porto Vela every week.', 'Porto Vela'],
    ['a seat after "constituency of"', 'He will stand in the constituency of Ashby Vale at the election.', 'Ashby Vale'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a person after a capitalised "Capital"', 'Capital Markets chief Ann Vale said rates would rise.', 'Ann Vale'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('dropSettings: lists, tours, wards and "where" (31d)', () => {
  test.each([
    ['the middle item of a list after "in"', 'The tax is like those seen in the USA, Norway and Switzerland.', 'Norway'],
    ['a destination after "tour to"', 'He hopes to be fit for the summer tour to New Zealand.', 'New Zealand'],
    ['a ward named before "ward"', "Labour won a by-election in St Anne's and Ashby Vale ward, Lowmoor.", 'Ashby Vale'],
    ['a town that a relative "where" follows', 'The president will visit Pine Columbia, where a factory is opening.', 'Pine Columbia'],
    ['a country before a hyphenated noun and a name', 'A report by UK think-tank Brightline found the same.', 'United Kingdom'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a list that a verb follows after a setting', 'In Brussels, France and Germany agreed to the plan.', 'Germany'],
    ['a long list whose last item a verb follows', 'Norway, Sweden and Finland said they would join.', 'Sweden'],
    ['a country talked to', 'The minister spoke to Canada about the tour.', 'Canada'],
    ['a person whom "who" follows', 'The president will visit Ann Columbia, who runs the factory.', 'Ann Columbia'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('dropVenues: a venue owned by a body after "at the" (31d)', () => {
  test.each([
    ['a hall of a university', "He told the audience at the University's Brodie Hall that tastes had changed.", 'Brodie Hall'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a person with a venue-like name who speaks', "Brodie Hall said the university's plans were wrong.", 'Brodie Hall'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('dropCharacters: characters given as examples, and gods (31d)', () => {
  test.each([
    ['the first of characters after "like"', 'He created characters like Stan Korval and Terry Mallon that still endure.', 'Stan Korval'],
    ['the second of characters after "like"', 'He created characters like Stan Korval and Terry Mallon that still endure.', 'Terry Mallon'],
    ['a character after "such as"', 'She voiced characters such as Mira Dawn in the series.', 'Mira Dawn'],
    ['a god', 'The birds were offered to the god Anhotep, who ruled over wisdom.', 'Anhotep'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['an actor like whom someone acts', 'Young actors like Stan Korval said the role changed them.', 'Stan Korval'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('dropModifierNames: new heads of things (31d)', () => {
  test.each([
    ['a name before "initiative"', "The paper is part of the institute's Open Society initiative.", 'Open Society'],
    ['a name before "series"', 'Big productions such as the Harry Porter series were shot abroad.', 'Harry Porter'],
    ['a name before "coverage"', "The group monitored the channel's Summer Break coverage for a week.", 'Summer Break'],
    ['a name before "index"', 'The ZSEQ index closed up 23 points on Thursday.', 'ZSEQ'],
    ['a name before "constitution"', 'He said the real task was the EU constitution, not the polls.', 'European Union'],
    ['a name before a head past bracketed initials', 'Videos may be shared under an Open Works Attribution (OW BY) licence.', 'Works Attribution'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a name before "index" that also speaks', 'The ZSEQ index rose.\n\nZSEQ said trading was busy.', 'ZSEQ'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('classifyNameRuns: ships with dotted prefixes (31d)', () => {
  test.each([
    ['a ship after "U.S.S."', 'Divers said the wreck was the remains of the U.S.S. Greyfin.\n\nA plaque with the name "Greyfin" was still legible.', 'Greyfin'],
    ['a ship after "H.M.S."', 'Divers said the wreck was the remains of the H.M.S. Bellmoor.\n\nA plaque with the name "Bellmoor" was still legible.', 'Bellmoor'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
    expect(names(text).some((n) => n.includes(name))).toBe(false);
  });
});
