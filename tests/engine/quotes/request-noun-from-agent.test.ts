/**
 * "… despite a call for him to “pause for thought” from NAME": a noun for asking someone to act, its infinitive quoted,
 * and the asker after "from" right after the quote: the asker speaks, not the sentence's subject nor the one asked
 * (issue 13, round 44).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const quotes = (text: string) => quotesOfTexts(byBlankLines(text)).map((q) => [q.speaker, q.rule ?? null]);

describe('request-noun-from-agent', () => {
  test.each([
    ['"for him to" and a person', 'Transport Secretary Alan Pryce pressed on with the rail plan despite a call for him to "think again" from Gemma Hollis.', [['Gemma Hollis', 'request-noun-from-agent']]],
    ['a plea with no one asked', 'The council went ahead despite a plea to "save the library" from Gemma Hollis.', [['Gemma Hollis', 'request-noun-from-agent']]],
    ['a named person asked', 'Mayor Tom Reeve refused a demand for Ann Dale to "step aside" from Gemma Hollis.', [['Gemma Hollis', 'request-noun-from-agent']]],
    ['"from" not right after the quote', 'Alan Pryce rejected a call to "think again" made yesterday from the floor.', [['Alan Pryce', 'stance-verb-quote']]],
    ['the name after "from" does not end the clause', 'Alan Pryce ignored a call to "think again" from Gemma Hollis and her allies.', [['Alan Pryce', 'stance-verb-quote']]],
  ])('%s', (_name, text, expected) => {
    const [speaker, rule] = quotes(text)[0]!;
    if (expected[0]![1] === 'request-noun-from-agent') expect([speaker, rule]).toEqual(expected[0]);
    // Not a request with its asker after it: the rule stays out (the sentence's own cue decides).
    else expect(rule).not.toBe('request-noun-from-agent');
  });
});
