import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropCharacters', () => {
  test.each([
    ['a name right after "character"', 'Fans lined up for photos with the actor who played the character Lena Voss in the series.', 'Lena Voss'],
    ['a name after "the character of"', 'Faced with losing the character of Marcus Reyes, the producers made him a regular.', 'Marcus Reyes'],
    ['a name after "the role of"', 'The actor is stepping into the role of Harold in the new production.', 'Harold'],
    ['a name after a franchise and "character"', 'She wore a costume based on Starfall character Nyla Quinn, which had no eyeholes.', 'Nyla Quinn'],
    ['a name with an apposition ending in "character"', 'One of her costumes this year was Otter Woman, a Zenith Comics character.', 'Otter Woman'],
    ['names listed "as dream roles"', 'The voice actor would list Vela Moss and Orrin Tate as dream roles when asked at conventions.', 'Orrin Tate'],
    ['a name "as a favourite character"', 'Many fans named Moss Tanaka as a favourite character in the poll.', 'Moss Tanaka'],
    ['a character also called by a first name', 'He built a set for the character Ada Kell.\n\nAda was given no lines at all.', 'Ada Kell'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a character the article quotes', 'The account publishes quotes by comic strip character Pipa Lorca, such as "Soup again?"', 'Pipa Lorca'],
    ['a character who speaks', 'The character Rex Dallow said in a promotional clip that he was back.', 'Rex Dallow'],
    ['an actor named next to a role', 'Jorge Lima, who played the villain, said the shoot was hard.', 'Jorge Lima'],
    ['a person chosen as something else', 'The party named Ellen Vasquez as its candidate for mayor.', 'Ellen Vasquez'],
    ['a person called a character in a figurative sense', 'Tom Berry, a colourful character from Leeds who ran the pub, died on Friday.', 'Tom Berry'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
