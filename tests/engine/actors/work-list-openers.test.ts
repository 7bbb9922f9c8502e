import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('classifyNameRuns: the first title of a list opened after a kind of work (13cb)', () => {
  test.each([
    ['the first film after "such as"', 'Critics said darker films such as Lost Harbour, Greyfield and Tin Crown were struggling.', 'Lost Harbour'],
    ['the first and the last hit after "such as"', 'The singer, who wrote 1970s hits such as Blue Road and Paper Moon Lady, died on Monday.', 'Paper Moon Lady'],
    ['the first hit after "such as"', 'The singer, who wrote 1970s hits such as Blue Road and Paper Moon Lady, died on Monday.', 'Blue Road'],
    ['the first novel after "including"', 'Her novels including Silver Orchard sold two million copies.', 'Silver Orchard'],
    ['the first show after "like"', 'Channel bosses want more shows like Harbour Lights on Saturday nights.', 'Harbour Lights'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a person a story is about', 'The film tells the story of Martha Greene, a nurse in wartime London.', 'Martha Greene'],
    ['a guest an album includes', 'The album includes Jay Ross and Mina Tully on two tracks.', 'Jay Ross'],
    ['a star given as an example', 'Young actors such as Tom Avery have turned down the role.', 'Tom Avery'],
    ['a person the verb "hits" takes', 'The scandal hits Mark Dunne hardest, aides said.', 'Mark Dunne'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
