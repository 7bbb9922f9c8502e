/**
 * `name-told-listener-ending-sentence`: a quoted fragment inside a sentence whose attribution, after a comma, ends it
 * with the listener of "told" ("…, Ms Roe told reporters.") — the variant of `name-said-ending-sentence` with an
 * object after the verb (issue 13, round 20, part 13bp). The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));

describe('a quoted fragment, then ", NAME told LISTENER."', () => {
  test.each<[string, string, Row[]]>([
    ['reporters', 'Union leader Maya Fenwick met ministers.\nThere was an “absolute crisis” in recruitment, Ms Fenwick told reporters.', [['absolute crisis', 'Maya Fenwick', 'name-told-listener-ending-sentence']]],
    ['an outlet with a possessive and a programme', 'Economist Rupert Dale studied the figures.\nSince 2010, wages had “barely moved” if you left out bonuses, Mr Dale told BBC Radio 5 Live’s Wake Up programme.', [['barely moved', 'Rupert Dale', 'name-told-listener-ending-sentence']]],
    ['a newspaper and a day', 'Farmer Idris Pugh lost half his flock.\nThe storm had been “the worst in living memory” for the valley, Idris Pugh told the Western Mail on Tuesday.', [['the worst in living memory', 'Idris Pugh', 'name-told-listener-ending-sentence']]],
    ['a pronoun and a news conference', 'Police chief Hana Ito spoke after the raid.\nThe gang was “well organised” and ruthless, she told a news conference.', [['well organised', 'Hana Ito', 'name-told-listener-ending-sentence']]],
  ])('the teller speaks: %s', (_label, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });

  test.each<[string, string, Row[]]>([
    ['the sentence goes on with what was told', 'Union leader Maya Fenwick met ministers.\nThere was an “absolute crisis” in recruitment, Ms Fenwick told reporters that morning as talks began.', [['absolute crisis', null]]],
    ['a clause of its own after the listener', 'Union leader Maya Fenwick met ministers.\nThe pay offer was “an insult” to staff, Ms Fenwick told reporters who had gathered outside.', [['an insult', null]]],
    ['a speech verb right before the fragment quotes someone else', 'Mayor Ian Holt spoke on Friday.\nThe plan, which critics called “a gimmick”, was approved, Mr Holt told reporters.', [['a gimmick', 'critics', 'name-said-partial-quote']]],
    ['a verb without a listener keeps its own rule', 'Union leader Maya Fenwick met ministers.\nThere was an “absolute crisis” in recruitment, Ms Fenwick said.', [['absolute crisis', 'Maya Fenwick', 'name-said-ending-sentence']]],
  ])('withheld or unchanged: %s', (_label, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });
});
