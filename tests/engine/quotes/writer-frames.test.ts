/**
 * The frames of feature and analysis writing that give a quotation to someone with no verb of saying of their own
 * (`find-writer-frames.ts`, `writer-frames.json`): "“…,” as NAME put it." (`as-name-put-it`) and "In the words of
 * NAME, “…”" (`in-the-words-of`), on sentences written for these tests; and the near-misses that must not move.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

function attributionsOf(article: string): Row[] {
  return quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));
}

describe('writer frames: as NAME put it, in the words of NAME', () => {
  test.each<[string, string, Row[]]>([
    ['"as NAME put it" after a quote', 'Mayor Jane Porter opened the park on Monday.\n“A city without trees is a city without a future,” as Porter put it.', [['A city without trees is a city without a future,', 'Jane Porter', 'as-name-put-it']]],
    ['"as NAME puts it" in the present of a feature', 'Economist Sara Lind has studied the scheme for years.\n“It is a costly gamble,” as Lind puts it.', [['It is a costly gamble,', 'Sara Lind', 'as-name-put-it']]],
    ['"as she once put it": a pronoun and an adverb', 'Novelist Ruth Okafor grew up in the town.\n“Every street here has a story,” as she once put it.', [['Every street here has a story,', 'Ruth Okafor', 'as-name-put-it']]],
    ['"as NAME has put it": an auxiliary', 'Trade union leader Omar Baptiste spoke at the rally.\n“We will not be moved,” as Baptiste has put it, to loud cheers.', [['We will not be moved,', 'Omar Baptiste', 'as-name-put-it']]],
    ['"as the agency put it": an organisation named before', 'The Environment Agency issued flood warnings for the valley.\n“The river is rising fast,” as the agency put it.', [['The river is rising fast,', 'Environment Agency', 'as-name-put-it']]],
    ['"as NAME put it" after a fragment in the sentence', 'Minister Claire Dobbs met farmers on Friday.\nThe subsidy cut was “a slow death for small farms”, as Dobbs put it.', [['a slow death for small farms', 'Claire Dobbs', 'as-name-put-it']]],
    ['"In the words of NAME," before a quote', 'Historian Tom Reeve has written about the bridge.\nIn the words of Reeve, “the bridge made the town.”', [['the bridge made the town.', 'Tom Reeve', 'in-the-words-of']]],
    ['"In the memorable words of NAME:" before a quote', 'Coach Ian Rowe led the side for a decade.\nIn the memorable words of Rowe: “We lose together and we win together.”', [['We lose together and we win together.', 'Ian Rowe', 'in-the-words-of']]],
    ['"in the words of NAME" after a quote', 'Campaigner Lily Moss wants the hospital kept open.\n“It is a lifeline, not a luxury”, in the words of Moss.', [['It is a lifeline, not a luxury', 'Lily Moss', 'in-the-words-of']]],
  ])('%s', (_name, article, expected) => {
    expect(attributionsOf(article)).toEqual(expected);
  });

  test.each<[string, string, Row[]]>([
    ['"put it" with no "as" is no frame', 'Mayor Jane Porter opened the park.\n“Enjoy the park,” Porter put it on the sign.', [['Enjoy the park,', null]]],
    ['"as" with another verb than put', 'Mayor Jane Porter opened the park.\n“Enjoy the park,” as Porter put up the sign.', [['Enjoy the park,', null]]],
    ['"in the words of" with nobody named after it', 'The town voted on Monday.\nIn the words of the old song, “the river runs deep.”', [['the river runs deep.', null]]],
    ['"in the words of" not opening the sentence', 'The town voted on Monday.\nHe ended in the words of his father, “keep going.”', [['keep going.', null]]],
  ])('stays null: %s', (_name, article, expected) => {
    expect(attributionsOf(article)).toEqual(expected);
  });
});
