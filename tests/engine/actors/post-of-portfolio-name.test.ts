import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const people = (text: string): string[] => actorsOf(text).filter((a) => a.kind === 'person').map((a) => a.name);

describe('a post with its portfolio before a name: the name is the person', () => {
  test.each([
    ['a post and portfolio', '"We will build faster," said Director of Global Markets Ines Garba on Monday.', 'Ines Garba'],
    ['a country before the post', '"The grid needs new lines," said U.S. Secretary of Energy Ann Roeder at the plant.', 'Ann Roeder'],
    ['a middle initial in the name', '"Red tape costs jobs," said Secretary of Transportation Sean P. Dunmore in a statement.', 'Sean Dunmore'],
    ['a country and a middle initial', '"Roads come first," said U.S. Secretary of Transportation Kim T. Abara on Friday.', 'Kim Abara'],
  ])('finds %s', (_label, text, name) => {
    expect(people(text)).toContain(name);
  });

  test.each([
    ['a body named after its head', 'The Secretary of State for Health Services Trust said the wards would reopen.', 'Health Services Trust'],
  ])('does not make a person of %s', (_label, text, name) => {
    expect(people(text)).not.toContain(name);
  });
});

describe('a post before a body that ends in a plain word stays a post of that body', () => {
  test.each([
    ['a broadcaster after a post', 'We spoke with Dana Price, General Director of Radio Verano Television, after the ruling.', 'Verano Television'],
  ])('does not make a person of %s', (_label, text, name) => {
    expect(people(text)).not.toContain(name);
  });
});

describe('a post of a body, the body and then the holder\'s name: both are found', () => {
  test.each([
    ['an agency and its administrator', '"This cuts red tape," said Administrator of the Coastal Protection Agency Lena Zoldan.', 'Lena Zoldan', 'Coastal Protection Agency'],
    ['an office and its director', 'Director of the Office of Science and Technology Policy Mira Kostas unveiled the plan on Monday.', 'Mira Kostas', 'Office of Science and Technology Policy'],
  ])('finds %s', (_label, text, person, body) => {
    const actors = actorsOf(text);
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toContain(person);
    expect(actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toContain(body);
  });

  test.each([
    ['a body whose name ends in two plain words', 'She was named Director of the Bank of Verano Castell last year.', 'Verano Castell'],
  ])('does not make a person of %s', (_label, text, name) => {
    expect(people(text)).not.toContain(name);
  });
});

describe('a body whose name may run into a three-word name is not split', () => {
  test.each([
    ['a three-word name after an office', 'Director of the Office of Regional Affairs Marta Ruiz Delgado spoke on Monday.', 'Ruiz Delgado'],
  ])('does not make a person of %s', (_label, text, name) => {
    expect(people(text)).not.toContain(name);
  });
});
