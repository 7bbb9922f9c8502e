import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const people = (text: string): string[] => actorsOf(text).filter((a) => a.kind === 'person').map((a) => a.name);

describe('a one-word name listed beside people\'s full names is a person', () => {
  test.each([
    ['first in a list of nominees', 'Cleo Vance is up against Marlowe, Dana Price and Ivo Kerr in the best actress category.', 'Marlowe'],
    ['between full names', 'The bill will feature singers Kestrel, Sir Tom Lee, Brio and Juno at the stadium.', 'Brio'],
    ['last, after "and"', 'The bill will feature singers Kestrel, Sir Tom Lee, Brio and Juno at the stadium.', 'Juno'],
    ['first, before an honorific and a full name', 'The bill will feature singers Kestrel, Sir Tom Lee, Brio and Juno at the stadium.', 'Kestrel'],
  ])('finds %s', (_label, text, name) => {
    expect(people(text)).toContain(name);
  });

  test.each([
    ['a list of one-word names only', 'Classical authors like Ovidius, Plinius and Varro are still read today.', 'Plinius'],
    ['a place in a list of places', 'The band will play Leeds, Dundee and Cardiff next month, Dana Price said.', 'Dundee'],
    ['a place listed after "in" with a place read as a name', 'The runners missed tests in Tel Aviv, Dorrin and Athens last year.', 'Dorrin'],
    ['a town in a list after "from" with a place read as a name', 'Fire crews came from Dorrin, Harwick, Bala and Blaenau Ffestiniog overnight.', 'Dorrin'],
    ['a word set off by a comma before a name, with no "and"', 'The governor of Velmar, Dana Price, said food was short.', 'Velmar'],
    ['a film title before a director\'s possessive', 'The festival shows the biopic Rayne and Ivo Kerr\'s drama Vera Lane this week.', 'Rayne'],
    ['a word joined by "&" in a book\'s title', 'The novel Jonah Strand & Norwick won the prize, Dana Price said.', 'Norwick'],
    ['a title of a work followed by "by" and its author', 'The prize went to Eve Lane, beating the favourite Jonah Strand and Norwick by Susan Clay.', 'Norwick'],
    ['a word opening the sentence', 'Inside, Dana Price and Ivo Kerr were already at work.', 'Inside'],
    ['a film after "for" in a list of nominees and films', 'Nominees include Dana Price for Vortex, Ivo Kerr for Tides and Cleo Vance.', 'Vortex'],
    ['a firm listed beside a firm with a person\'s shape', 'Two of the newest are Harlan Dorey and Zentrix, which both released tools. "We listen," said Dana Price, spokeswoman for Harlan Dorey.', 'Zentrix'],
    ['a firm listed first beside a firm the article names as one', 'The big gainers were Zentrix and Harlan Dorey. "Demand is strong," said Ivo Kerr, chief executive of Harlan Dorey.', 'Zentrix'],
    ['a word of a body\'s name that a list closed by "and" ends before a set-off name', 'A spokesman for US Tariffs, Levies and Enforcement, Ivo Kerr, said the raids went well.', 'Levies'],
    ['the last word of such a list, before the set-off name', 'A spokesman for US Harbour, Tariffs and Enforcement, Dan Boyd, said the raids went well.', 'Enforcement'],
    ['the first word of such a list', 'A spokesman for US Harbour, Tariffs and Enforcement, Dan Boyd, said the raids went well.', 'Tariffs'],
  ])('does not make a person of %s', (_label, text, name) => {
    expect(people(text)).not.toContain(name);
  });
});
