/**
 * The sieve `quote-after-speech-across-narrative`: a full-sentence quote with no cue of its own, one or two sentences
 * of narrative after a person's reported speech or quote, is that person's; rows that must stay without a speaker
 * show the guards. Sentences written for this test.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

/** [text, speaker, rule] per quote of lines (one paragraph each). */
function attributionsOf(article: string): Row[] {
  return quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));
}

describe('quoteAfterSpeechAcrossNarrative', () => {
  test.each<[string, string, Row[]]>([
    [
      'carries reported speech past one sentence about the topic',
      'Ana Ruiz said the clinics in the valley were full. Waiting lists have doubled since the spring.\n“We cannot see everyone who comes to the door.”',
      [['We cannot see everyone who comes to the door.', 'Ana Ruiz', 'quote-after-speech-across-narrative']],
    ],
    [
      'carries "according to NAME" past two sentences',
      'Cheap flights drew more people abroad, according to travel writer Tom Pell. Many resorts have grown fast. Prices have risen too. “Nobody expected the rush to last this long.”',
      [['Nobody expected the rush to last this long.', 'Tom Pell', 'quote-after-speech-across-narrative']],
    ],
    [
      'passes an impersonal "who they say they are"',
      'Jo Marsh, from Keyline, told reporters there were two steps. The hard part is knowing whether users are who they say they are.\n“The answer is to combine a card with a code.”',
      [['The answer is to combine a card with a code.', 'Jo Marsh', 'quote-after-speech-across-narrative']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(attributionsOf(article)).toEqual(expected);
  });

  test.each<[string, string, Row[]]>([
    [
      'not when another person is named between',
      'Ana Ruiz said the clinics in the valley were full. Health chief Omar Diab visited on Monday. Waiting lists have doubled. “We cannot see everyone who comes to the door.”',
      [['We cannot see everyone who comes to the door.', null]],
    ],
    [
      'not across a "he" that could be someone else',
      'Ana Ruiz said the clinics in the valley were full. He has seen the queues. Waiting lists have doubled. “We cannot see everyone who comes to the door.”',
      [['We cannot see everyone who comes to the door.', null]],
    ],
    [
      'not across a sentence that reports speech by someone unnamed',
      'Ana Ruiz said the clinics in the valley were full. Critics argue the money went elsewhere. Waiting lists have doubled. “We cannot see everyone who comes to the door.”',
      [['We cannot see everyone who comes to the door.', null]],
    ],
    [
      'not across three sentences',
      'Ana Ruiz said the clinics in the valley were full. Waiting lists have doubled. Beds are short. Roads are poor.\n“We cannot see everyone who comes to the door.”',
      [['We cannot see everyone who comes to the door.', null]],
    ],
    [
      'not to a short label',
      'Ana Ruiz said the clinics in the valley were full. Waiting lists have doubled since the spring. “Open doors.”',
      [['Open doors.', null]],
    ],
  ])('leaves the quote without a speaker: %s', (_name, article, expected) => {
    expect(attributionsOf(article)).toEqual(expected);
  });
});
