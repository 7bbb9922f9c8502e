/**
 * Press-release shapes (issue 13, round 15): statements listed under a heading line that only
 * names who gave them. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string, resolution?: string];

function attributionsOf(article: string): Row[] {
  return quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule, q.resolution] : [q.text, q.speaker]));
}

describe('quote-line-after-heading: a quote paragraph under a line that only names its speaker', () => {
  test.each<[string, string, Row[]]>([
    [
      'an organisation alone on a line',
      'Farm groups welcomed the new water rule on Friday.\nNorthern Growers Union\n“The rule gives family farms the certainty they have asked for.”',
      [['The rule gives family farms the certainty they have asked for.', 'Northern Growers Union', 'quote-line-after-heading', 'full-name']],
    ],
    [
      'a title, a name, a party and state in brackets and a post after a comma',
      'Lawmakers of both parties praised the nominee.\nU.S. Senator Dana Whitlock (D-Ore.), Chair of the Senate Committee on Energy and Natural Resources\n“She knows rural towns and she knows the law.”',
      [['She knows rural towns and she knows the law.', 'Dana Whitlock', 'quote-line-after-heading', 'full-name']],
    ],
    [
      'a former holder of a post, the body and the years after commas',
      'Former chairs of the council also spoke.\nChairman Peter Oduya, Council on Water Policy, 2009-2013\n“The council will be in good hands.”',
      [['The council will be in good hands.', 'Peter Oduya', 'quote-line-after-heading', 'full-name']],
    ],
    [
      'a second statement under its own heading goes to the second heading',
      'Groups lined up behind the plan.\nCoastal Fisheries Council\n“The plan protects our catch.”\nHarbour Pilots Association\n“Safer ports mean safer crews.”',
      [
        ['The plan protects our catch.', 'Coastal Fisheries Council', 'quote-line-after-heading', 'full-name'],
        ['Safer ports mean safer crews.', 'Harbour Pilots Association', 'quote-line-after-heading', 'full-name'],
      ],
    ],
    [
      'a heading closed by a colon (the cue rule of a colon line before the quote)',
      'Members of Congress reacted on Thursday.\nRepresentative Jo Okoro (D-Md.):\n“This bill puts families first.”',
      [['This bill puts families first.', 'Jo Okoro', 'said-colon-line-before', 'full-name']],
    ],
    ['not a line of prose closed by a colon', 'Members of Congress reacted on Thursday.\nWorkers in the city are feeling it:\n“This bill puts families first.”', [['This bill puts families first.', null]]],
    [
      'a heading the article knows no actor for: the speaker of the quote before is not carried past it',
      'Groups lined up behind the plan.\n“The plan protects our catch,” said Ivo Marsh.\nHARBOUR PILOTS GUILD\n“Safer ports mean safer crews.”',
      [
        ['The plan protects our catch,', 'Ivo Marsh', 'said-name-after-quote', 'full-name'],
        ['Safer ports mean safer crews.', null],
      ],
    ],
    [
      'a line of narrative is no heading: the speaker is carried',
      'Groups lined up behind the plan.\n“The plan protects our catch,” said Ivo Marsh.\nBoats were idle.\n“Safer ports mean safer crews.”',
      [
        ['The plan protects our catch,', 'Ivo Marsh', 'said-name-after-quote', 'full-name'],
        ['Safer ports mean safer crews.', 'Ivo Marsh', 'quote-line-after-narrative', 'previous-quote-speaker'],
      ],
    ],
    ['not two people on one heading', 'Leaders spoke after the vote.\nMayor Ann Roe and Governor Bob Lee\n“We will keep working together.”', [['We will keep working together.', null]]],
    ['not a title-case headline whose name is followed by a verb', 'The vote was held on Tuesday.\nGovernor Ray Ames Backs Pipeline Route\n“It is the right route for the state.”', [['It is the right route for the state.', null]]],
    ['not the article’s first line (its headline)', 'Northern Growers Union\n“The rule gives family farms the certainty they have asked for.”', [['The rule gives family farms the certainty they have asked for.', null]]],
    ['not a line that ends a sentence', 'The union met on Friday.\nThe Northern Growers Union.\n“The rule is unfair.”', [['The rule is unfair.', null]]],
  ])('%s', (_name, article, expected) => {
    expect(attributionsOf(article)).toEqual(expected);
  });
});

describe('unnamed people by their trade: "said a waitress", "another waitress said"', () => {
  test.each<[string, string, Row[]]>([
    ['said a NOUN after the quote', 'Staff at the diner welcomed the change.\n“It pays my rent,” said a waitress.', [['It pays my rent,', 'waitress', 'said-name-after-quote', 'anonymous-source']]],
    [
      'another one of the same trade is another speaker',
      'Staff at the bar welcomed the change.\n“It pays my rent,” said a bartender.\n“It helps with bills,” said another bartender.',
      [
        ['It pays my rent,', 'bartender', 'said-name-after-quote', 'anonymous-source'],
        ['It helps with bills,', 'another bartender', 'said-name-after-quote', 'anonymous-source'],
      ],
    ],
    ['a NOUN said before the quote', 'The fire spread fast.\nA firefighter said: “We lost the roof in minutes.”', [['We lost the roof in minutes.', 'firefighter', 'name-said-before-quote', 'anonymous-source']]],
    ['not a listener: told a NOUN', 'Ann Roe ran the cafe for years.\nShe told a barista: “Keep the change.”', [['Keep the change.', 'Ann Roe', 'name-said-before-quote', 'pronoun-to-antecedent']]],
  ])('%s', (_name, article, expected) => {
    expect(attributionsOf(article)).toEqual(expected);
  });
});

describe('partial quotes hung on verbs of characterising: "smeared X as “…”", "compared X to “…”"', () => {
  test.each<[string, string, Row[]]>([
    ['smeared X as the “…”', 'Governor Paul Brandt smeared the inspectors as the “tax police.”', [['tax police.', 'Paul Brandt', 'stance-verb-as-quote', 'full-name']]],
    ['attacked X as “…”', 'Shadow minister Nadia Shah attacked the council’s budget as “a tax on the poor”.', [['a tax on the poor', 'Nadia Shah', 'stance-verb-as-quote', 'full-name']]],
    ['not "attacked" without "as"', 'Shadow minister Nadia Shah attacked the council over its “tax on the poor”.', [['tax on the poor', null]]],
    ['compared X to “…”', 'Senator Ruth Okafor compared the new border agents to “hired muscle” on Tuesday.', [['hired muscle', 'Ruth Okafor', 'stance-verb-as-quote', 'full-name']]],
    ['challenged X to “…”', 'Mayor Leo Varga challenged the council to “a public debate.”', [['a public debate.', 'Leo Varga', 'stance-verb-as-quote', 'full-name']]],
    ['likened X to “…”', 'Union leader Ana Ruiz likened the pay offer to “an insult to every nurse”.', [['an insult to every nurse', 'Ana Ruiz', 'stance-verb-as-quote', 'full-name']]],
    ['reaffirmed that … “…”', 'On her trip, Minister Ada Nwosu reaffirmed that the country’s “support for the treaty is unshaken.”', [['support for the treaty is unshaken.', 'Ada Nwosu', 'name-said-partial-quote', 'full-name']]],
    ['not a title after "compared X to"', 'Critic Tom Hale compared the film to “Star Wars” in his review.', [['Star Wars', null]]],
    ['not past a clause of its own between the verb and "to"', 'Ann Roe compared the plan, which the board backed, to “a raid”.', [['a raid', null]]],
  ])('%s', (_name, article, expected) => {
    expect(attributionsOf(article)).toEqual(expected);
  });
});

describe('a participle of saying after a comma and an adverb in -ly: the sentence subject speaks, as without the adverb', () => {
  test.each<[string, string, Row[]]>([
    ['", falsely claiming … “…”"', 'In 2019, Marlow Council closed the library, falsely claiming it drew “almost no visitors.”', [['almost no visitors.', 'Marlow Council', 'name-said-partial-quote', 'full-name']]],
    ['the same without the adverb', 'In 2019, Marlow Council closed the library, claiming it drew “almost no visitors.”', [['almost no visitors.', 'Marlow Council', 'name-said-partial-quote', 'full-name']]],
    ['not an adverb without the comma', 'In 2019, Marlow Council closed the library after readers kept repeatedly saying it was “a joke.”', [['a joke.', null]]],
  ])('%s', (_name, article, expected) => {
    expect(attributionsOf(article)).toEqual(expected);
  });
});
