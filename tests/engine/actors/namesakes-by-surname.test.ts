/**
 * Of two people sharing a surname, a bare surname ("Marlow said") is the one the article already calls by that surname:
 * a first name alone ("his wife Petra") does not make its bearer that one. Before anyone is called by the bare
 * surname, it is the one named last, unless that one was just brought in as the other's relative ("the singer Dex
 * Marlow … the news given by his brother Owen Marlow. Marlow said"): then the one the article named first. An honorific still decides ("Mrs Marlow") (issue 13, round 29).
 * Only someone the article has named in full before the surname can be meant ("Rosa Clune, whose son Dan … Ms Clune's
 * claim … Dan Clune": Rosa); when nobody sharing it was named in full yet, who it is stays unclear (round 36).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a bare surname shared by two people', () => {
  test.each([
    [
      'a wife called by her first name',
      'The guitarist Dex Marlow chased off a thief at his London flat on Sunday.\n\n"I just reacted," Marlow said. His wife Petra, who phoned the police, said her rings were taken.\n\n"I could have been hurt," Marlow said.\n\nPetra Marlow later listed the stolen rings.',
      ['Dex Marlow', 'Dex Marlow'],
    ],
    [
      'a relative named just before the first surname',
      'The veteran jockey Alan Brisco has retired after 30 years, the news given by his son Tom Brisco. Brisco rode 900 winners.\n\n"It was time to stop," Brisco said.',
      ['Alan Brisco'],
    ],
    [
      'the relative named again just before',
      'The mayor, Rita Kemble, opened the fair on Saturday with her husband Colin Kemble.\n\nColin Kemble cut the ribbon. "It is a great day for the town," Kemble said.',
      ['Colin Kemble'],
    ],
    [
      'a namesake named earlier in the same paragraph',
      'The report by Mary Lund found failures in the scheme.\n\nHer cousin Peter Lund disagreed. "The scheme works," Lund said.',
      ['Peter Lund'],
    ],
    [
      'a relative brought in through the first, in the same paragraph',
      'The climber Joan Fell has died at 81, the news confirmed by her son Rob Fell. Fell had been ill for a year.\n\n"She never stopped climbing," Fell said.',
      ['Joan Fell'],
    ],
  ])('the one called by the surname, named last, or named before the relative: %s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test.each([
    [
      'a relative known by a first name until after the titled surname',
      'Rosa Clune, whose son Dan was hurt at the plant in May, is suing its owner.\n\nMs Clune\'s lawsuit, filed at the High Court, accuses the firm of assault, alleging a guard "struck and kicked" Dan Clune at the gate.',
      ['Rosa Clune'],
    ],
    [
      'a bare surname before the second full name',
      'The farmer Hugh Ashby, whose brother Neil runs the next farm, lost 40 sheep in the storm.\n\n"We lost the lot," Ashby said. Neil Ashby said his own flock was safe.\n\n"We were lucky," said Neil Ashby.',
      ['Hugh Ashby', 'Neil Ashby'],
    ],
  ])('only someone already named in full: %s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test.each([
    [
      'two namesakes both named in full only after the surname',
      '"We will appeal," Tarrant said on Monday.\n\nThe ruling went against Joan Tarrant and her brother Mark Tarrant, who share the farm.',
      [null],
    ],
  ])('no one when nobody sharing the surname was named in full yet: %s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test.each([
    [
      'an honorific decides',
      'Singer Dex Marlow and his wife Petra Marlow spoke at the launch.\n\n"We are delighted," said Mrs Marlow.',
      ['Petra Marlow'],
    ],
  ])('still: %s', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
