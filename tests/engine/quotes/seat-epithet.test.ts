/**
 * A seat as an epithet (issue 13, round 42j): "(the) (PARTY) MP for PLACE (and PLACE)" names the person the article
 * names for that seat, or the one person it introduces as a member; nobody when two could be meant. The seat's words
 * are a constituency, never a person or a speaker. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('the MP for a seat', () => {
  test.each<[string, string, Row[]]>([
    [
      'the person named for that seat, though another person opens the sentence before',
      'Bus fares rose again on Monday.\n\nAnn Roe, the Labour MP for Hartwell, raised the matter in the Commons. Council leader Bob Hill defended the rise. The MP for Hartwell said the rise was "a slap in the face" for pensioners.',
      [['a slap in the face', 'Ann Roe']],
    ],
    [
      'the one person introduced as an MP, before a seat of two places',
      'Rail fares rose again on Monday.\n\nFormer transport minister Alan Pryce MP attacked the rise on a radio show.\n\n"Who can afford to travel to work now?" the Labour MP for Hartwell and Dunmore asked. He said the minister should resign.',
      [['Who can afford to travel to work now?', 'Alan Pryce']],
    ],
    [
      'a member named for another seat is not the one meant',
      'Rail fares rose again on Monday.\n\nTory MP Alan Pryce attacked the rise. Dan Kerr, MP for Lowmoor, agreed with him. Mr Pryce spoke again later. The MP for Hartwell said the rise was "a scandal".',
      [['a scandal', 'Alan Pryce']],
    ],
    [
      'two members who could be meant: nobody',
      'Rail fares rose again on Monday.\n\nLabour MP Ann Roe and Tory MP Jane Hill clashed over the rise. Ms Roe spoke first. The MP for Hartwell said the rise was "a scandal".',
      [['a scandal', null]],
    ],
    [
      'an MP for the seat the article never names: nobody',
      'Rail fares rose again on Monday.\n\n"It is a scandal," the MP for Hartwell said.',
      [['It is a scandal,', null]],
    ],
    [
      'with no member introduced, read as any other office: the person the sentence before opens on',
      'Rail fares rose again on Monday.\n\nAlan Pryce attacked the rise on a radio show. The MP for Hartwell and Dunmore said the rise was "a scandal" for commuters.',
      [['a scandal', 'Alan Pryce']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['The MP for Hartwell and Dunmore said the rise was unfair. Alan Pryce agreed.', 'Dunmore'],
    ['Ann Roe, the Tory MP for Sleaford and North Kembley, spoke.', 'Kembley'],
    ['Ann Roe, Labour MP for West Hartwell, spoke.', 'West Hartwell'],
  ])('the seat in "%s" is no person', (article, place) => {
    const names = actorsOfParagraphs(article).map((a) => a.name);
    expect(names.some((n) => n.includes(place))).toBe(false);
  });
});
