/**
 * Wrong speakers of the seventeenth held-out set (issue 13, round 26, part 13cl), by mechanism: a name the text gives a
 * plural verb ("Redfield have won …") is a band or team, which "he" or "she" does not stand for, so a member's quote
 * tagged "he said" stays without a speaker when the band is the only antecedent; a sentence of reported speech that
 * is a question ("…, as NAME once declared?") does not give the quote after it (the answer) to its subject.
 * News-shaped sentences written for these tests; rows with speaker null are where the engine must withhold.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('speakers the engine must not give to someone else (round 26, 13cl)', () => {
  test.each<[string, string, Row[]]>([
    [
      '"BAND have won …" ⏎ "“…,” he said.": no band is "he"',
      'Indie trio Redfield have won two prizes at the awards in Paris, their third this year.\nIn Britain Redfield are best known for their live shows. Redfield thanked fans at the ceremony. "It means a lot to us," he said.',
      [['It means a lot to us,', null]],
    ],
    [
      'the same with "are"',
      'Glasgow four-piece Merrow are touring Europe this spring.\nTheir singer 3D Kay spoke after the first show. "We love playing here," he said.',
      [['We love playing here,', null]],
    ],
    [
      '"NAME and NAME have …": the plural verb is the pair\'s; "he" is still the man named',
      'Singer Ann Roe and producer Tom Vale have released a charity single.\nVale said the song was close to his heart. "I lost a friend last year," he said.',
      [['I lost a friend last year,', 'Tom Vale']],
    ],
    [
      '"the plans drawn up by NAME were …": an object, no band',
      'The plans drawn up by Tom Vale were rejected by the council on Monday.\nVale said he would appeal. "We are not giving up," he said.',
      [['We are not giving up,', 'Tom Vale']],
    ],
  ])('%s', (_shape, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });

  test.each<[string, string, Row[]]>([
    [
      '"So is the aim to beat them, as NAME once claimed? “No. …”": the answer is not NAME\'s',
      'Adviser Tom Vale has joined the party campaign.\nSo is the party\'s aim to beat the Tories, as former leader Ann Roe once claimed? "No. Our aim is to win seats of our own."',
      [['No. Our aim is to win seats of our own.', null]],
    ],
    [
      'a statement of reported speech still gives the next quote to its subject',
      'Adviser Tom Vale has joined the party campaign.\nFormer leader Ann Roe said the aim was to beat the Tories. "We want to win seats of our own."',
      [['We want to win seats of our own.', 'Ann Roe']],
    ],
  ])('%s', (_shape, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
