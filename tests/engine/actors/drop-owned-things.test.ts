import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropOwnedThings', () => {
  test.each([
    ['an event owned by last year', 'Crowds filled last year\'s Harbour Aid on the quay.', 'Harbour Aid'],
    ['a concert owned by a day', 'Singers will join Saturday\'s Coastline Relief at the arena.', 'Coastline Relief'],
    ['a contest owned by a month, named again bare', 'The band will open March\'s Granite Trophy.\n\nIt is their first Granite Trophy show.', 'Granite Trophy'],
    ['a painting owned by its painter', 'Jo Hale\'s Blue Lantern sold for £2m at the auction.', 'Blue Lantern'],
    ['a plan owned by a president', 'President Ana Ruiz\'s Fair Rent Pledges are in force, officials said.', 'Fair Rent Pledges'],
    ['a film owned by its year', 'He appeared in several films, including 1951\'s Thomas Pennyfeather.', 'Thomas Pennyfeather'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['the owner of the work', 'Jo Hale\'s Blue Lantern sold for £2m at the auction.', 'Jo Hale'],
    ['a person after a body\'s possessive', 'Labour\'s Mary Dunmore said the vote was close.', 'Mary Dunmore'],
    ['an owned name that speaks elsewhere', 'The team signed Ben Ashdown\'s Tom Kerrigan.\n\nTom Kerrigan said he was delighted.', 'Tom Kerrigan'],
    ['a speaker owned by a body taken for a person', 'Acme Mobile won the deal.\n\n“A big day,” said Acme Mobile\'s Jane Porter.', 'Jane Porter'],
    ['a person after a time with a noun between', 'Last year\'s winner Carla Menzies will defend the title.', 'Carla Menzies'],
    ['a person after a year who speaks elsewhere', 'Voters backed 2019\'s Lena Marsh.\n\nLena Marsh said she was grateful.', 'Lena Marsh'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
