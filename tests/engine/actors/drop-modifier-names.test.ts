import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropModifierNames', () => {
  test.each([
    ['a trial named by an acronym', 'Patients in the ORION trial recovered faster than expected, doctors found.', 'ORION'],
    ['a licence', 'The photographs were released under a Creative Commons Attribution licence last week.', 'Creative Commons Attribution'],
    ['a product feature', 'Users compared the tool to the Quick Notes feature of older phones.', 'Quick Notes'],
    ['scans', 'The team examined MRI scans of 200 volunteers over two years.', 'MRI'],
    ['an acronym in brackets before its head', 'The firm sells a water-repelling surface (WRS) coating for ships.', 'WRS'],
    ['a biopic', 'The festival will show the Johnny Cash biopic and a dozen shorts.', 'Johnny Cash'],
    ['an agenda', 'The minister praised the Green Growth agenda in a speech on Monday.', 'Green Growth'],
    ['a debate', 'The dispute came up again during a Northmoor Assembly debate on roads.', 'Northmoor Assembly'],
    ['a vote', 'Ministers narrowly won the Delmar Council vote on the budget.', 'Delmar Council'],
    ['an album', 'The Velvet Harbour album in 1991 was followed by two more records.', 'Velvet Harbour'],
    ['a rock formation', 'Waves toppled the famous Kellan Point rock formation on Tuesday night.', 'Kellan Point'],
    ['a railway station', 'The train left Ashby Road railway station at noon and reached the coast by three.', 'Ashby Road'],
    ['a ferry terminal', 'Hundreds waited at the Dunmore Quay ferry terminal after the sailings were cancelled.', 'Dunmore Quay'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a body that also acts', 'Patients in the Medisure trial recovered. Medisure said the results were strong.', 'Medisure'],
    ['a body that runs the trial', 'The trial, run by Medisure Labs, ended early, a doctor said.', 'Medisure Labs'],
    ['a body before a noun it owns', 'A Medisure spokesman said the drug was safe.', 'Medisure'],
    ['a body that runs the station and speaks', 'The Ashby Road railway station was shut. Network Rail said Ashby Road would reopen.', 'Network Rail'],
    ['a person before a lower-case word that begins no compound', 'Passengers cheered Dana Kessler loudly at the station on Friday.', 'Dana Kessler'],
    ['a band that speaks after its album is named', 'The Velvet Harbour album sold well. Velvet Harbour said a tour would follow.', 'Velvet Harbour'],
    ['a person named again after another thing', 'The Johnny Cash biopic was a hit. The sequel, Cash said, was next.', 'Johnny Cash'],
    ['a person who speaks after a modifier mention', 'The Johnny Cash biopic opened. “It was my life,” Johnny Cash said in 1999.', 'Johnny Cash'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });

  const aliases = (text: string): string[] => actorsOf(text).flatMap((a) => a.aliases);
  test.each([
    ['after a comma', 'Critics tipped the Johnny Cash biopic, Johnny, and two dramas.', 'Johnny'],
    ['without a comma', 'The list includes such hopefuls as Nina Wells biopic Nina and a war film.', 'Nina'],
  ])('a biopic titled by a short form of its subject’s name (%s) gives the subject no alias', (_label, text, alias) => {
    expect(aliases(text)).not.toContain(alias);
  });

  test.each([
    ['a short name after another thing', 'The Johnny Cash biopic was a hit. The sequel, Johnny said, was next.', 'Johnny'],
  ])('keeps the alias from %s', (_label, text, alias) => {
    expect(aliases(text)).toContain(alias);
  });
});
