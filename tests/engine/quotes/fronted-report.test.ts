/**
 * A report fronted before its teller (issue 13, round 31): "Mr Dee “made the decisions,” he told the court" — the clause
 * before the pronoun is what "he told" reports, so nobody named in it is "he" (binding, Principle C), and a participle
 * after the teller's clause ("…, he told the court, saying …") is the teller's. Also the guards that let that teller
 * speak: a reduced passive ("The changes proposed by Lord Dee were “…”") gives no agent when a finite verb follows it,
 * and a year between an auxiliary and its verb ("had in 1997 complained") is passed over. News-shaped sentences written
 * for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('namesInFrontedReport: a person named in the clause a pronoun’s verb reports before it is not that pronoun', () => {
  test.each<[string, string, Row[]]>([
    [
      'the fronted clause’s subject, with a quoted predicate, before “he told the court”',
      'Former chief Bernard Ebbs denied the claims on Monday.\nMr Tom Dee "made the pricing decisions," he told the court.',
      [['made the pricing decisions,', 'Bernard Ebbs']],
    ],
    [
      'the agent of a participle inside the fronted clause, before “she said.”',
      'Home Office minister Ann Roe answered for the government.\nThe changes proposed by Lord Dee were a "complex and costly undertaking", she said.',
      [['complex and costly undertaking', 'Ann Roe']],
    ],
    [
      'a name in an opening clause of the fronted report: the whole of it is reported',
      'Council leader Ann Roe spoke on Monday.\nWhen Tom Dee arrived, "everything changed", he said.',
      [['everything changed', 'Ann Roe']],
    ],
    [
      'the subject of a fronted report with a trailing “as when” clause, before “he said.”',
      'Party strategist Sam Okoro spoke to reporters on Friday.\nMr Tom Vale has "the same drive and the same hunger" as when the party won in 2001, he said.',
      [['the same drive and the same hunger', 'Sam Okoro']],
    ],
    [
      'the subject of a fronted report with a trailing “because” clause, before “she said.”',
      'Union organiser Ann Roe spoke outside the depot.\nTom Dee quit "without a word" because the talks had stalled, she said.',
      [['without a word', 'Ann Roe']],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });

  test.each<[string, string, Row[]]>([
    [
      'the verb has a report of its own after it (“told reporters that …”)',
      'Tom Dee opened the fair on Monday.\nThe glitches hit Mr Dee\'s speech, he told reporters that it was "a bad day".',
      [['a bad day', 'Tom Dee']],
    ],
    [
      'the pronoun opens a clause of its own after “but”',
      'Tom Dee spoke to reporters in May.\nTom Dee\'s team was struggling, but he said the players were "in good shape".',
      [['in good shape', 'Tom Dee']],
    ],
    [
      'the name stands before “and”, which opens another clause: the fronted report starts after it',
      'Tom Dee opened the fair on Monday.\nMr Dee\'s stall was packed, and "everyone was happy", he said.',
      [['everyone was happy', 'Tom Dee']],
    ],
    [
      'the name stands before a comma and “because”: the subordinate clause after the comma is fronted alone',
      'Tom Dee spoke to reporters in May.\nMr Dee\'s team lost, because "the pitch was poor", he said.',
      [['the pitch was poor', 'Tom Dee']],
    ],
  ])('leaves the teller free when %s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});

describe('frontedReportTeller: a participle after the teller’s clause is the teller’s', () => {
  test.each<[string, string, Row[]]>([
    [
      'a named teller after the fronted report',
      'Tom Dee made the decisions, Ann Roe told the court, saying he had "a keen eye for numbers".',
      [['a keen eye for numbers', 'Ann Roe']],
    ],
    [
      'a named teller whose listener is a name',
      'Tom Dee made the decisions, Ann Roe told the BBC, saying he had "a keen eye for numbers".',
      [['a keen eye for numbers', 'Ann Roe']],
    ],
    [
      'a pronoun teller after a quoted fronted report',
      'Former chief Bernard Ebbs denied the claims on Monday.\nMr Tom Dee "made the decisions," he told the court, saying his deputy had "a keen eye".',
      [
        ['made the decisions,', 'Bernard Ebbs'],
        ['a keen eye', 'Bernard Ebbs'],
      ],
    ],
    [
      'no fronted report: the participle is the sentence subject’s',
      'Ann Roe told the court on Monday, saying the plan was "a mess".',
      [['a mess', 'Ann Roe']],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});

describe('reducedPassiveAgent: the agent of a participle speaks only when the quote is that participle’s', () => {
  test.each<[string, string, Row[]]>([
    ['the quote completes the participle', 'The trend was a pattern described by Coast Monitor as "alarming".', [['alarming', 'Coast Monitor']]],
    ['a finite verb after the agent makes the quote its own clause’s', 'The changes proposed by Lord Dee were "a costly undertaking".', [['a costly undertaking', null]]],
    ['so the teller after the quote speaks', 'The changes proposed by Lord Dee were "a costly undertaking", Ann Roe said.', [['a costly undertaking', 'Ann Roe']]],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});

describe('subjectBefore: a year after a preposition between the auxiliary and its verb', () => {
  test.each<[string, string, Row[]]>([
    [
      'an inner verb of saying with its own subject, in a clause another speaker points to',
      'Mr Dee did not comment on the poster. Instead, he pointed to how Ann Roe had in 1997 complained about "personal abuse".',
      [['personal abuse', 'Ann Roe']],
    ],
    ['a verb of describing after “had in 2004”', 'Tom Dee had in 2004 described the plan as "a disgrace".', [['a disgrace', 'Tom Dee']]],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
