/**
 * Everyday roles before a name after an inverted speech verb (issue 13, round 19): '“…,” said asthma sufferer NAME'
 * names NAME as the speaker, as 'pensioner NAME' and 'survivor NAME' do; a band role between a band's name and a person's
 * ('BAND frontman NAME', round 31) makes the person the subject. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a "sufferer" role before a name', () => {
  test.each<[string, string, Row[]]>([
    [
      '“Q,” said DISEASE sufferer NAME, who …',
      'Patients welcomed the ruling. "This is the day we waited ten years for," said arthritis sufferer Gwen Adley, who runs a support group.',
      [['This is the day we waited ten years for,', 'Gwen Adley']],
    ],
    [
      'the same with two role words and a closing quote after it',
      'The clinic will reopen in May. "It has been a hard winter without it," said long-time migraine sufferer Omar Pike. "We need it back."',
      [
        ['It has been a hard winter without it,', 'Omar Pike'],
        ['We need it back.', 'Omar Pike'],
      ],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('a band role between a band’s name and a person’s name', () => {
  test.each<[string, string, Row[]]>([
    [
      'BAND frontman NAME …, then “Q,” he said: the person, not the band read as a name',
      'Hugo Martin frontman Alex Dunmore has called for more help for musicians.\n"Every scene needs some support," he said.',
      [['Every scene needs some support,', 'Alex Dunmore']],
    ],
    [
      'BAND guitarist NAME',
      'Hugo Martin guitarist Alex Dunmore joined the debate on Tuesday.\n"Small venues are closing," he said.',
      [['Small venues are closing,', 'Alex Dunmore']],
    ],
    [
      'BAND veteran NAME, then “Q,” he said (round 38): a veteran of a band is a role too',
      'Harbour Lads veteran Tom Vale was another first-time winner. "I am really glad I won," he said.',
      [['I am really glad I won,', 'Tom Vale']],
    ],
    [
      'war veteran NAME opening the sentence',
      'War veteran Ned Crane spoke at the memorial. "We must never forget them," he said.',
      [['We must never forget them,', 'Ned Crane']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
