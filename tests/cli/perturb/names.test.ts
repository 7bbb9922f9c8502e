/**
 * The `names` rewrite of `npm run perturb` (src/cli/perturb/names.ts): every person of the key renamed everywhere,
 * consistently, in the text and in the key.
 */
import { describe, expect, test } from 'vitest';
import { personName, renamePeople, type PersonName } from '../../../src/cli/perturb/names.ts';
import type { PoolName } from '../../../src/cli/perturb/name-pool.ts';
import type { ExpectedActor, ExpectedArticle } from '../../../src/cli/score-quotes.ts';

/** A pool in a fixed order of genders, so each row knows which name a person gets. */
const POOL: PoolName[] = [
  { given: 'Kofi', surname: 'Boateng', gender: 'm' },
  { given: 'Lucía', surname: 'de la Cruz', gender: 'f' },
];

const keyOf = (actors: ExpectedActor[], speaker: string, quote = 'No.'): ExpectedArticle => ({ style: 'test', actors, quotes: [{ text: quote, speaker }] });

describe('renamePeople', () => {
  test.each<[string, string, ExpectedActor[], string]>([
    ['full name, title, possessive', 'Title\n\n“No.” said Mr Tom Hale. Mr Hale’s firm agreed, Hale said.', [{ name: 'Tom Hale', kind: 'person', aliases: ['Hale'] }], 'Title\n\n“No.” said Mr Kofi Boateng. Mr Boateng’s firm agreed, Boateng said.'],
    ['a middle initial', 'Title\n\nTom J. Hale spoke. “No.”', [{ name: 'Tom Hale', kind: 'person' }], 'Title\n\nKofi Boateng spoke. “No.”'],
    ['a woman by her title, a particle surname opening a sentence', 'Title\n\nMs Ann Roe spoke. Roe said: “No.”', [{ name: 'Ann Roe', kind: 'person' }], 'Title\n\nMs Lucía de la Cruz spoke. De la Cruz said: “No.”'],
    ['a name inside another name stays', 'Title\n\nTom Hale of the Tom Hale Trust said “No.”', [{ name: 'Tom Hale', kind: 'person' }], 'Title\n\nKofi Boateng of the Tom Hale Trust said “No.”'],
    ['someone else with the surname stays', 'Title\n\nTom Hale and Gordon Hale met. Hale said “No.”', [{ name: 'Tom Hale', kind: 'person' }], 'Title\n\nKofi Boateng and Gordon Hale met. Boateng said “No.”'],
    ['after a sentence ending in a name', 'Title\n\nHe met Ann Dee. Hale said “No.” Tom Hale agreed with the U.S. Hale left.', [{ name: 'Tom Hale', kind: 'person' }], 'Title\n\nHe met Ann Dee. Boateng said “No.” Kofi Boateng agreed with the U.S. Boateng left.'],
    ['after a day name', 'Title\n\nTom Hale spoke. On Tuesday Hale said “No.”', [{ name: 'Tom Hale', kind: 'person' }], 'Title\n\nKofi Boateng spoke. On Tuesday Boateng said “No.”'],
    ['a month surname alone stays', 'Title\n\nTheresa May spoke in May. Mr May said “No.”', [{ name: 'Theresa May', kind: 'person' }], 'Title\n\nKofi Boateng spoke in May. Mr Boateng said “No.”'],
    ['surname first', 'Title\n\nXi Jinping arrived. President Xi said “No.”', [{ name: 'Xi Jinping', kind: 'person', aliases: ['Xi'] }], 'Title\n\nKofi Boateng arrived. President Boateng said “No.”'],
    ['a shorter form of a particle surname', 'Title\n\nSaad El Tahry spoke. El Tahry and Tahry said “No.”', [{ name: 'Saad El Tahry', kind: 'person', aliases: ['El Tahry', 'Tahry'] }], 'Title\n\nKofi Boateng spoke. Boateng and Boateng said “No.”'],
    ['a handle is no name', 'Title\n\n@teacherdude wrote “No.”', [{ name: '@teacherdude', kind: 'person' }], 'Title\n\n@teacherdude wrote “No.”'],
  ])('%s', (_label, text, actors, expected) => {
    expect(renamePeople(text, 'a.txt', keyOf(actors, actors[0]!.name), POOL).text).toBe(expected);
  });

  test('rewrites the key the same way: actor names, aliases, speakers, names inside quote texts', () => {
    const text = 'Title\n\n“Hale is wrong,” said Ann Roe. Tom Hale said: “No.”';
    const key: ExpectedArticle = {
      style: 'test',
      actors: [
        { name: 'Tom Hale', kind: 'person', aliases: ['Hale', 'Mr Hale', 'the minister'] },
        { name: 'Ann Roe', kind: 'person' },
      ],
      quotes: [
        { text: 'Hale is wrong,', speaker: 'Ann Roe' },
        { text: 'No.', speaker: 'Tom Hale' },
      ],
    };
    const out = renamePeople(text, 'a.txt', key, [...POOL, { given: 'Noor', surname: 'Haddad', gender: 'f' }]);
    expect(out.text).toBe('Title\n\n“Boateng is wrong,” said Lucía de la Cruz. Kofi Boateng said: “No.”');
    expect(out.key.actors).toEqual([
      { name: 'Kofi Boateng', kind: 'person', aliases: ['Boateng', 'Mr Boateng', 'the minister'] },
      { name: 'Lucía de la Cruz', kind: 'person' },
    ]);
    expect(out.key.quotes).toEqual([
      { text: 'Boateng is wrong,', speaker: 'Lucía de la Cruz' },
      { text: 'No.', speaker: 'Kofi Boateng' },
    ]);
  });

  test('people sharing a surname keep sharing one', () => {
    const key = keyOf([{ name: 'Martin Okafor', kind: 'person' }, { name: 'Daniel Okafor', kind: 'person' }], 'Martin Okafor');
    const out = renamePeople('Title\n\nMr Martin Okafor and Mr Daniel Okafor left. “No.”', 'a.txt', key, [POOL[0]!, { given: 'Yaw', surname: 'Darko', gender: 'm' }]).text;
    expect(out).toMatch(/^Title\n\nMr (Kofi|Yaw) (Boateng|Darko) and Mr (?!\1)(Kofi|Yaw) \2 left\. “No\.”$/);
  });

  test('the same file name gives the same names, with the whole pool', () => {
    const key = keyOf([{ name: 'Tom Hale', kind: 'person' }], 'Tom Hale');
    const text = 'Title\n\nTom Hale said “No.”';
    expect(renamePeople(text, 'b.txt', key).text).toBe(renamePeople(text, 'b.txt', key).text);
    expect(renamePeople(text, 'b.txt', key).text).not.toBe(text);
  });
});

describe('personName', () => {
  test.each<[string, string[], Partial<PersonName>]>([
    ['Hicham El Guerrouj', ['El Guerrouj'], { given: ['Hicham'], surname: 'El Guerrouj', familyFirst: false }],
    ['Lucía de la Cruz', [], { given: ['Lucía'], surname: 'de la Cruz' }],
    ['Paula Radcliffe', ['Radcliffe', 'Paula'], { given: ['Paula'], surname: 'Radcliffe', givenAliases: ['Paula'] }],
    ['Bush', ['President Bush'], { given: [], surname: 'Bush' }],
  ])('%s', (name, aliases, parts) => {
    expect(personName(name, aliases, '')).toMatchObject(parts);
  });

  test.each(['Duke of Berwik', '@pwgdochi', 'the doctor'])('%s is no personal name', (name) => {
    expect(personName(name, [], '')).toBeNull();
  });
});
