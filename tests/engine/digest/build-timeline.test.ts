import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildTimeline, type TimelineSource } from '../../../src/engine/digest/06-build-timeline.ts';
import { timelineEventSchema } from '../../../src/engine/digest/schema.ts';

/** Tuesday. */
const TUESDAY = '2024-02-27';

/** An article of one paragraph per text. */
function source(slug: string, published: string | undefined, ...texts: string[]): TimelineSource {
  return { slug, published, paragraphs: texts.map((text, index) => ({ index, text, line: index + 1 })) };
}

/** Where the timeline of one sentence puts it: `date` (with ` week` for a week), or null when nowhere. */
function placeSentence(text: string, published: string | null = TUESDAY): string | null {
  const events = buildTimeline([source('a', published ?? undefined, text)]);
  expect(events.length).toBeLessThanOrEqual(1);
  const event = events[0];
  return event ? event.date + (event.precision === 'week' ? ' week' : '') : null;
}

describe('buildTimeline', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test.each<[string, string | null]>([
    ['Mr Macron said on Monday that nothing should be ruled out.', '2024-02-26'],
    ['A spokesman confirmed on Tuesday that the UK has no plans.', '2024-02-27'],
    ['Kremlin spokesman Dmitry Peskov said Tuesday that such a deployment is dangerous.', '2024-02-27'],
    ['The defence ministers met on Friday in Brussels.', '2024-02-23'],
    ['Last Monday, the Kremlin responded with a warning.', '2024-02-26'],
    ['Ministers met yesterday to discuss the plan.', '2024-02-26'],
    ['The warning came a day after Monday’s summit in Paris.', '2024-02-27'],
    ['Ukraine last week lost the key city of Avdiivka.', '2024-02-19 week'],
    ['Three weeks ago the city of Avdiivka was under siege.', '2024-02-05 week'],
    ['The EU will miss its target of one million shells by March 1.', '2024-03-01'],
    ['Russia invaded Ukraine on 24 February 2022 with 190,000 troops.', '2022-02-24'],
    ['Speaking at 10:30 on Monday, Mr Macron said so.', '2024-02-26T10:30'],
    ['Speaking on Monday evening, Mr Macron repeated his view.', '2024-02-26'],
    ['Mr Macron said on Monday that “it was probably an unwise commitment”.', '2024-02-26'],
  ])('places %j in an article of Tuesday 27 Feb 2024 on %s', (text, expected) => {
    expect(placeSentence(text)).toBe(expected);
  });

  test.each<[string, string]>([
    ['The leaders will meet again on Thursday in Brussels.', '2024-02-29'],
    ['The leaders will meet again on Monday in Brussels.', '2024-03-04'],
    ['The summit is due to open on Tuesday in Brussels.', '2024-02-27'],
    ['Mr Macron will travel to Kyiv on Friday, officials said.', '2024-03-01'],
  ])('takes a weekday after future-tense words as the next one: %j on %s', (text, expected) => {
    expect(placeSentence(text)).toBe(expected);
  });

  test('keeps past tense for a weekday although "will" comes later in the sentence', () => {
    expect(placeSentence('Mr Macron said on Monday that Europe will do everything needed.')).toBe('2024-02-26');
  });

  test.each<[string, string]>([
    ['Russia invaded Ukraine in 2022, two years before the summit.', 'a year alone'],
    ['Russia invaded Ukraine in February 2022, starting the war.', 'a month alone'],
    ['The warning came a day after the summit in Paris.', 'an offset from an event, not a date'],
    ['Two days later, the Kremlin responded with a warning.', 'an offset from the narrative'],
    ['The government announced £250 million in support over the weekend.', 'a weekend'],
    ['Scholz wrote: “We agreed in Paris yesterday that all must do more.”', 'a date inside a quotation'],
    ['He may go to Paris soon, officials said.', 'a modal verb, not a month'],
  ])('places nothing for %j (%s)', (text) => {
    expect(placeSentence(text)).toBeNull();
  });

  test.each<[string, string | null]>([
    ['Mr Macron said on Monday that nothing should be ruled out.', null],
    ['Ministers met yesterday to discuss the plan.', null],
    ['Ukraine last week lost the key city of Avdiivka.', null],
    ['The EU will miss its target of one million shells by March 1.', null],
    ['Russia invaded Ukraine on 24 February 2022 with 190,000 troops.', '2022-02-24'],
    ['Russia invaded Ukraine on February 24, 2022 with 190,000 troops.', '2022-02-24'],
  ])('in an undated article, places %j on %s', (text, expected) => {
    expect(placeSentence(text, null)).toBe(expected);
  });

  test('resolves against the day of a published date-time, late in the day', () => {
    expect(placeSentence('Mr Macron said on Monday that nothing should be ruled out.', '2024-02-27T23:55:00Z')).toBe('2024-02-26');
  });

  test('places nothing when the published date is not a date', () => {
    expect(placeSentence('Mr Macron said on Monday that nothing should be ruled out.', 'yesterday')).toBeNull();
  });

  test('never reads the clock or the machine’s time zone', () => {
    const sources = [
      source('a', TUESDAY, 'Mr Macron said on Monday that nothing should be ruled out.', 'Ministers met yesterday to discuss it.'),
      source('b', undefined, 'Ministers met on Monday to discuss it again.', 'It began on 24 February 2022 at dawn.'),
    ];
    const expected = buildTimeline(sources);
    const zone = process.env.TZ;
    try {
      vi.useFakeTimers();
      for (const [now, tz] of [
        ['2031-07-04T03:00:00Z', 'Pacific/Kiritimati'],
        ['1999-12-31T23:00:00Z', 'America/Los_Angeles'],
      ] as const) {
        vi.setSystemTime(new Date(now));
        process.env.TZ = tz;
        expect(buildTimeline(sources)).toEqual(expected);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(expected.map((e) => e.date)).toEqual(['2022-02-24', '2024-02-26', '2024-02-26']);
  });

  test('merges the same event reported by several sources into one event citing them all', () => {
    const events = buildTimeline([
      source('bbc', TUESDAY, 'Background first.', 'On Monday, Emmanuel Macron hosted European leaders at a Paris summit on Ukraine aid.'),
      source('guardian', TUESDAY, 'European leaders gathered in Paris on Monday for a summit on Ukraine aid hosted by Emmanuel Macron.'),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toBe('2024-02-26');
    expect(events[0]!.citations).toEqual([
      { article: 'bbc', paragraph: 1 },
      { article: 'guardian', paragraph: 0 },
    ]);
  });

  test('keeps the same words on different days apart', () => {
    const events = buildTimeline([
      source('early', '2024-02-27', 'European leaders gathered in Paris on Monday for a summit on Ukraine aid.'),
      source('late', '2024-03-05', 'European leaders gathered in Paris on Monday for a summit on Ukraine aid.'),
    ]);
    expect(events.map((e) => [e.date, e.citations.map((c) => c.article)])).toEqual([
      ['2024-02-26', ['early']],
      ['2024-03-04', ['late']],
    ]);
  });

  test('keeps different events of the same day apart', () => {
    const events = buildTimeline([
      source('bbc', TUESDAY, 'On Monday, Emmanuel Macron hosted European leaders at a Paris summit on Ukraine aid.'),
      source('guardian', TUESDAY, 'Sweden on Monday cleared its final hurdle to join the alliance after a Hungarian vote.'),
    ]);
    expect(events).toHaveLength(2);
  });

  test('does not merge two sentences of one article', () => {
    const events = buildTimeline([
      source('bbc', TUESDAY, 'On Monday, Emmanuel Macron hosted European leaders at a Paris summit on Ukraine aid.', 'On Monday, Emmanuel Macron hosted European leaders at a Paris summit on Ukraine aid again.'),
    ]);
    expect(events).toHaveLength(2);
  });

  test('returns events oldest first', () => {
    const events = buildTimeline([
      source('a', TUESDAY, 'The Kremlin warned on Tuesday against any deployment.', 'Mr Macron said on Monday that nothing should be ruled out.', 'It began on 24 February 2022 at dawn.'),
    ]);
    expect(events.map((e) => e.date)).toEqual(['2022-02-24', '2024-02-26', '2024-02-27']);
  });

  test('keeps at most maxEvents, preferring events more sources report, then earlier sentences', () => {
    const shared = 'European leaders gathered in Paris on Monday for a summit on Ukraine aid.';
    const events = buildTimeline(
      [
        source('a', TUESDAY, 'Ministers met on Friday in Brussels to discuss shells.', 'Officials met on Saturday in Berlin about tanks.', shared),
        source('b', TUESDAY, shared),
      ],
      { maxEvents: 2 },
    );
    expect(events.map((e) => [e.date, e.citations.length])).toEqual([
      ['2024-02-23', 1],
      ['2024-02-26', 2],
    ]);
  });

  test('skips sentences too short to say what happened', () => {
    expect(placeSentence('On Monday.')).toBeNull();
  });

  test('returns nothing for no sources', () => {
    expect(buildTimeline([])).toEqual([]);
  });

  test('gives valid events, oldest first, for any mix of date words, quotes and numbers', () => {
    const pieces = [
      'Monday', 'on Tuesday', 'last week', 'yesterday', 'a day after', 'March', '1', '31', '2024', '24 February 2022', 'at 10:30',
      'will', 'said', 'the', 'leaders', 'met', '“', '”', '"', '.', ',', 'Feb 30, 2024', '99/99/9999', '2024-13-45', 'ago', 'three weeks',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((words) => words.join(' '));
    const published = fc.constantFrom(undefined, TUESDAY, '2024-02-27T23:55:00Z', '2024-02-30', 'soon');
    fc.assert(
      fc.property(fc.array(fc.tuple(published, fc.array(text, { maxLength: 4 })), { maxLength: 4 }), (articles) => {
        const events = buildTimeline(articles.map(([date, texts], i) => source(`a${i}`, date, ...texts)));
        for (const event of events) expect(timelineEventSchema.safeParse(event).success).toBe(true);
        const dates = events.map((e) => e.date);
        expect(dates).toEqual([...dates].sort());
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  // chrono reads the weekday inside "a day after Friday's" as the nearest Friday, which is in the
  // future of a Tuesday article; the tense rule applies only to bare weekdays.
  test.fails('counts "a day after" from the latest past weekday', () => {
    expect(placeSentence('The Kremlin replied a day after Friday’s meeting in Brussels.')).toBe('2024-02-24');
  });
});
