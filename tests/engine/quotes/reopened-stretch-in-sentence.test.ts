/**
 * `next-sentence-after-quote` on the older news convention of reopening a quote without closing the stretch before
 * ("“…,” said the coach. “We held our nerve. “The lads were superb.”"): the splitter keeps the reopened stretches in
 * one sentence, so the first of them did not "end its sentence" and the whole run stayed without a speaker (issue 13,
 * round 21, part 13bs). The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));

describe('a stretch reopened without closing, right after a quote with a speaker', () => {
  test.each<[string, string, Row[]]>([
    [
      'said NAME, then two stretches',
      '“We held our nerve,” said coach Dara Quinlan. “Nobody panicked at the break. “The lads were superb in the last ten minutes.”',
      [
        ['We held our nerve,', 'Dara Quinlan', 'said-name-after-quote'],
        ['Nobody panicked at the break.', 'Dara Quinlan', 'next-sentence-after-quote'],
        ['The lads were superb in the last ten minutes.', 'Dara Quinlan', 'same-sentence-as-quote'],
      ],
    ],
    [
      'a pronoun cue, then a question and a stretch',
      'Farmer Bryn Hughes lost his barn in the flood.\n“It went in an hour,” he said. “What can you do? “We will rebuild it by the spring.”',
      [
        ['It went in an hour,', 'Bryn Hughes', 'said-name-after-quote'],
        ['What can you do?', 'Bryn Hughes', 'next-sentence-after-quote'],
        ['We will rebuild it by the spring.', 'Bryn Hughes', 'same-sentence-as-quote'],
      ],
    ],
    [
      'told OUTLET, then three stretches',
      '“Prices will rise,” analyst Nita Rao told the BBC. “Supply is tight. “Demand is strong. “Something has to give.”',
      [
        ['Prices will rise,', 'Nita Rao', 'said-name-after-quote'],
        ['Supply is tight.', 'Nita Rao', 'next-sentence-after-quote'],
        ['Demand is strong.', 'Nita Rao', 'same-sentence-as-quote'],
        ['Something has to give.', 'Nita Rao', 'same-sentence-as-quote'],
      ],
    ],
    [
      'a stretch closed on a comma that the next quotation follows at once (round 39g)',
      '“The bridge is unsafe,” said councillor Wendy Abara. “The county has ignored every warning,” “Residents deserve better than this.”',
      [
        ['The bridge is unsafe,', 'Wendy Abara', 'said-name-after-quote'],
        ['The county has ignored every warning,', 'Wendy Abara', 'next-sentence-after-quote'],
        ['Residents deserve better than this.', 'Wendy Abara', 'same-sentence-as-quote'],
      ],
    ],
  ])('the speaker goes on: %s', (_label, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });

  test.each<[string, string, Row[]]>([
    [
      'a later stretch of the sentence is cued to someone else: that cue decides, not the quote before',
      '“We held our nerve,” said coach Dara Quinlan. “Nobody panicked. “It was superb,” said captain Owen Pryce.',
      [
        ['We held our nerve,', 'Dara Quinlan', 'said-name-after-quote'],
        ['Nobody panicked.', 'Owen Pryce', 'same-sentence-as-quote'],
        ['It was superb,', 'Owen Pryce', 'said-name-after-quote'],
      ],
    ],
    [
      'narration after the stretch in its sentence',
      '“We held our nerve,” said coach Dara Quinlan. “Nobody panicked,” the captain Owen Pryce said later.',
      [
        ['We held our nerve,', 'Dara Quinlan', 'said-name-after-quote'],
        ['Nobody panicked,', 'Owen Pryce', 'said-name-after-quote'],
      ],
    ],
    [
      'a stretch closed on a comma whose own cue follows the next quotation: that cue decides',
      '“The bridge is unsafe,” said councillor Wendy Abara. “The county ignored us,” “We were fools,” said resident Colm Tierney.',
      [
        ['The bridge is unsafe,', 'Wendy Abara', 'said-name-after-quote'],
        ['The county ignored us,', 'Colm Tierney', 'same-sentence-as-quote'],
        ['We were fools,', 'Colm Tierney', 'said-name-after-quote'],
      ],
    ],
    [
      'a stretch closed on a comma with narration before the next quotation',
      '“The bridge is unsafe,” said councillor Wendy Abara. “The county ignored us,” and then “We were fools.”',
      [
        ['The bridge is unsafe,', 'Wendy Abara', 'said-name-after-quote'],
        ['The county ignored us,', null],
        ['We were fools.', null],
      ],
    ],
  ])('withheld or unchanged: %s', (_label, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });
});
