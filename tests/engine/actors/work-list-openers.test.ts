import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('classifyNameRuns: the first title of a list opened after a kind of work (13cb)', () => {
  test.each([
    ['the first film after "such as"', 'Critics said darker films such as Lost Harbour, Greyfield and Tin Crown were struggling.', 'Lost Harbour'],
    ['the first and the last hit after "such as"', 'The singer, who wrote 1970s hits such as Blue Road and Paper Moon Lady, died on Monday.', 'Paper Moon Lady'],
    ['the first hit after "such as"', 'The singer, who wrote 1970s hits such as Blue Road and Paper Moon Lady, died on Monday.', 'Blue Road'],
    ['the first novel after "including"', 'Her novels including Silver Orchard sold two million copies.', 'Silver Orchard'],
    ['the first game after "such as"', 'Role playing games such as Iron Keep and Frost Hollow sold well.', 'Iron Keep'],
    ['a later game after "such as"', 'Role playing games such as Iron Keep and Frost Hollow sold well.', 'Frost Hollow'],
    ['a later classic after "such as"', 'The days of arcade classics such as Star Rally, Pod Racer and Dune Buggy are gone.', 'Dune Buggy'],
    ['the first film after a comma and "including"', 'He has made 25 films, including Tin Crown, Paper Moon and Greyfield.', 'Tin Crown'],
    ['a later film after a comma and "including"', 'He has made 25 films, including Tin Crown, Paper Moon and Greyfield.', 'Paper Moon'],
    ['a later title after box office hits', 'Its budget matches box office hits Tin Crown, Salt Meadow and Greyfield.', 'Salt Meadow'],
    ['the first show after "like"', 'Channel bosses want more shows like Harbour Lights on Saturday nights.', 'Harbour Lights'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a person a story is about', 'The film tells the story of Martha Greene, a nurse in wartime London.', 'Martha Greene'],
    ['a guest an album includes', 'The album includes Jay Ross and Mina Tully on two tracks.', 'Jay Ross'],
    ['a star given as an example', 'Young actors such as Tom Avery have turned down the role.', 'Tom Avery'],
    ['a cast member after a singular film and a comma', 'Many stars appear in the film, including Tom Avery and Mina Tully.', 'Tom Avery'],
    ['a list of players after "the games of"', 'The games of Tom Avery, Mina Tully and Jay Ross were the best of the week, the coach said.', 'Mina Tully'],
    ['a player after "the game"', 'After the game Tom Avery said the team had played well.', 'Tom Avery'],
    ['a person the verb "hits" takes', 'The scandal hits Mark Dunne hardest, aides said.', 'Mark Dunne'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
