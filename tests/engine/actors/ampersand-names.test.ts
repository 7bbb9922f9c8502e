import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const actors = (text: string): string[] => actorsOf(text).map((a) => `${a.name}:${a.kind}`);

describe('names joined by "&"', () => {
  test.each([
    ['a two-word firm', 'Tom Hale, a partner at Baxter & Lowe, said costs had risen.', 'Baxter & Lowe:organization'],
    ['a research body', 'A survey by the Halden Media & Public Life project found most adults read news online.', 'Halden Media & Public Life:organization'],
    ['a bank with "&" and more words', 'Economists at Norland Corporate & Investment Banking expect rates to fall.', 'Norland Corporate & Investment Banking:organization'],
    ['a name with "&" and "of"', 'The Folk & Blues Hall of Fame named five new members on Monday.', 'Folk & Blues Hall of Fame:organization'],
    ['a pair of artists as a group', 'The gallery shows new work by artists Hale & Osborne this spring.', 'Hale & Osborne:group'],
  ])('keeps %s as one actor', (_label, text, actor) => {
    expect(actors(text)).toContain(actor);
  });

  test.each([
    ['two posts', '“Sales grew,” said Dan Moore, President & Chairman of Kelso Foods.', 'President & Chairman'],
    ['a show after "on"', 'In an interview on Breakfast & Friends this morning, the mayor spoke.', 'Breakfast & Friends'],
    ['letters of places', 'The Green Party (N & S) won one seat.', 'N & S'],
  ])('makes no organisation of %s', (_label, text, name) => {
    expect(actors(text).map((a) => a.split(':')[0])).not.toContain(name);
  });

  test.each([
    ['a post that is no organisation head', '“We can grow,” said Delmar Oil & Gas Council CEO Ruth Akers.', 'Ruth Akers:person', 'Delmar Oil & Gas Council:organization'],
    ['a post of several words', '“It costs too much,” said Hobbs & Tate Senior Vice President Ed Marsh, an analyst at Hobbs & Tate.', 'Ed Marsh:person', 'Hobbs & Tate:organization'],
  ])('splits a body with "&", %s and a person', (_label, text, person, body) => {
    expect(actors(text)).toEqual(expect.arrayContaining([person, body]));
  });
});
