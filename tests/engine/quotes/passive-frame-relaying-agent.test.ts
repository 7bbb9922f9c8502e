/**
 * `passive-frame-subject` with the one who relayed the words between the verb and "as": "NAME was quoted by Reuters as
 * saying", "was quoted in The Times as saying", "was quoted by local media as saying" (issue 13, round 53a). The outlet
 * or person after "by"/"in" only passes the words on; the subject of the passive frame speaks. The sentences are
 * written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));

describe('a passive frame with a relaying agent before "as" (passiveFrameSubject)', () => {
  test.each<[string, string, Row[]]>([
    ['a news agency', 'Port chief Dara Quinlan was quoted by Reuters as saying the strike had been “a disaster for trade”.', [['a disaster for trade', 'Dara Quinlan', 'passive-frame-subject']]],
    ['a newspaper with an article and its kind', 'Finance head Milo Brandt was quoted by The Courier newspaper as saying the airline could no longer stay “fully independent”.', [['fully independent', 'Milo Brandt', 'passive-frame-subject']]],
    ['"in" a newspaper, a full quote after a colon', 'Mayor Ines Galvan was quoted in the Evening Star as saying: “The bridge stays shut until it is safe.”', [['The bridge stays shut until it is safe.', 'Ines Galvan', 'passive-frame-subject']]],
    ['a lower-case agent', 'Striker Teo Marsh was quoted by local media as saying the club had treated him “like a stranger”.', [['like a stranger', 'Teo Marsh', 'passive-frame-subject']]],
    ['a pronoun subject, a person as the agent', 'Ann Roe visited the mill.\nShe was quoted by her lawyer as saying the deal was “dead in the water”.', [['dead in the water', 'Ann Roe', 'passive-frame-subject']]],
  ])('the subject of the frame speaks: %s', (_label, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });

  test.each<[string, string, Row[]]>([
    ['an active verb of quoting: its object speaks, not the outlet', 'The Courier quoted Milo Brandt as saying the airline was “fully independent”.', [['fully independent', 'Milo Brandt', 'name-said-partial-quote']]],
    ['an agent set off by commas is left alone', 'Ann Roe was quoted by Tom Hale, her lawyer, as saying the deal was “dead”.', [['dead', null]]],
    ['a verb inside the words before "as"', 'The plan was quoted by critics who were described as saying it was “dead”.', [['dead', null]]],
  ])('withheld or unchanged: %s', (_label, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });
});
