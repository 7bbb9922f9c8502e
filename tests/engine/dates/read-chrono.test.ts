import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { describe, expect, test } from 'vitest';
import { readChrono } from '../../../src/engine/dates/read-chrono.ts';
import { splitSentences } from '../../../src/engine/text/split-sentences.ts';
import cueData from '../../../src/engine/lexicons/chrono-parser-cues.json' with { type: 'json' };

const REFERENCES: chrono.ParsingReference[] = [
  { instant: new Date(Date.UTC(2024, 1, 27, 12)), timezone: 0 },
  { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 },
];

const readAll = (text: string, reference: chrono.ParsingReference) => chrono.en.casual.parse(text, reference, { forwardDate: false });

/** Texts in which chrono finds a date: each needs the words of at least one of its parsers. */
const HARD_CASES = [
  'The talks resumed on the 3rd of March with both delegations.',
  'The vote is expected by mid-March, officials said.',
  'He was arrested on Feb. 26 in the capital.',
  'The ruling, dated 26/02/2024, was published late.',
  'The deadline is 2024-02-26T09:30:00Z for all bids.',
  'She spoke to reporters last Monday in Kyiv.',
  'The ceasefire collapsed two days ago near the border.',
  'Talks will resume at noon in Geneva.',
  'The minister will address the nation tonight.',
  'Prices fell yesterday and again this morning.',
  'The summit opens tomorrow at 10:30 a.m. local time.',
  'The bill passed on Tuesday, March 5, after a long debate.',
  'Fighting eased over the weekend, the army said.',
  'A decision is due within three weeks, the court said.',
  'The strike begins in a few days, unions warned.',
  'Aid arrived 3 hours later than planned.',
  'The report covers the last 6 months of trading.',
  'Ministers met next week-end to discuss it.',
  'Officials met last night and again at 9pm.',
  'He was released on Thurs. and flew home.',
  'Inflation peaked in September 2023 and has fallen since.',
  'The law took effect in 2023 Jan and was amended.',
  'Results are due at the end of the month.',
  'The payment of +2 weeks was agreed.',
  'The accord was signed on the twenty-first of May 2019.',
  'The factory closed at 5 o’clock and reopened at 6.',
  'It will be done by tmrw according to the plan.',
  'By midday the crowd had grown; by midnight it was gone.',
  'The March 3 to 5 summit was postponed.',
  'Elections follow on 12 Sept., two weeks from now.',
  'THE VOTE WAS HELD ON MONDAY, 4 MARCH 2024.',
  'The agreement runs from 1 April through 30 June.',
  'He returned this week after a month abroad.',
  'The hearing took place on 03/04/24 in London.',
  'The session, held 10/2023, drew protests.',
  'In two weeks the mission ends.',
  'Aid (within 3 days) was promised.',
  'The index fell -2 days after the vote.',
  'The deadline moved +3 weeks.',
  'Talks ended 1990-03-05 in Oslo.',
  'The order is dated 2024/03/05.',
  'The letter, dated 05.03.2024, leaked.',
  'Today the court rules.',
  'May 4 is the date of the vote.',
];

/** Odd texts: whatever chrono makes of them, the reading must be the same. */
const ODD_CASES = [
  '',
  ' ',
  '_in 3 days',
  'x-2 days',
  'ſunday and ſeptember 3',
  'K3 days ago',
  'İn two weeks',
  'MONDAY',
  '3rd-of-March',
  '１２/０３/２０２４',
  '2024-02-30T25:61:00Z',
  'Sept.3, 2024 at 10:30pm EST',
  'the 1st to the 3rd of March 2024',
  '“On Monday,” he said, “it ends.”',
];

/** Sentences of every fixture article, including the hostile ones: odd inputs must read the same too. */
function fixtureSentences(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md)$/.test(name)) for (const line of readFileSync(path, 'utf8').split(/\n+/)) out.push(...splitSentences(line).map((s) => s.text));
    }
  };
  walk(join(import.meta.dirname, '../../fixtures'));
  return out;
}

describe('readChrono', () => {
  test.each(HARD_CASES)('reads %j as chrono’s casual parser does', (text) => {
    for (const reference of REFERENCES) {
      const all = readAll(text, reference);
      expect(all.length).toBeGreaterThan(0);
      expect(readChrono(text, reference)).toEqual(all);
    }
  });

  test.each(ODD_CASES)('reads the odd text %j as chrono’s casual parser does', (text) => {
    for (const reference of REFERENCES) expect(readChrono(text, reference)).toEqual(readAll(text, reference));
  });

  // Runs chrono's full parser on every sentence of every fixture (tens of thousands, growing with each keyed corpus): seconds.
  test('reads every sentence of the fixture articles as chrono’s casual parser does', () => {
    const sentences = fixtureSentences();
    expect(sentences.length).toBeGreaterThan(500);
    for (const text of sentences) expect(readChrono(text, REFERENCES[0]!), text).toEqual(readAll(text, REFERENCES[0]!));
  }, 60_000);

  test('returns nothing for text without any parser’s words', () => {
    expect(readChrono('Leaders spoke at length about aid.', REFERENCES[0]!)).toEqual([]);
  });

  test('knows the parsers and patterns of the chrono-node it was written against', () => {
    // When this fails, chrono-node changed: re-read each parser's pattern and update chrono-parser-cues.json.
    const context = new chrono.ParsingContext('', new Date(0), { forwardDate: false });
    const patterns = chrono.en.configuration.createCasualConfiguration().parsers.map((parser) => {
      const pattern = (parser.pattern as (context: chrono.ParsingContext) => RegExp)(context);
      return [parser.constructor.name, createHash('sha1').update(`${pattern.flags} ${pattern.source}`).digest('hex').slice(0, 12)];
    });
    expect(patterns).toEqual([
      ['ENYearMonthDayParser', '86ff8545a101'],
      ['ISOFormatParser', 'dc5be6cb7a7f'],
      ['SlashDateFormatParser', '0119c95da0b9'],
      ['ENTimeUnitWithinFormatParser', 'a57da4bf28e7'],
      ['ENMonthNameLittleEndianParser', '2cadadb7fbea'],
      ['ENMonthNameMiddleEndianParser', '2f580d7755a3'],
      ['ENWeekdayParser', '5713583fa657'],
      ['ENSlashMonthFormatParser', 'e10c39dd864e'],
      ['ENTimeExpressionParser', 'bc1c5b2fc9fb'],
      ['ENTimeUnitAgoFormatParser', '3aa50553b06e'],
      ['ENTimeUnitLaterFormatParser', 'cdb122147486'],
      ['ENYearMonthNameParser', '1c8e90494d7e'],
      ['ENCasualDateParser', 'f104c50e3e88'],
      ['ENCasualTimeParser', '6db0b7bce732'],
      ['ENEndOfCurrentMonthParser', 'ddf2ba9045f6'],
      ['ENMonthNameParser', '3df54e9c483c'],
      ['ENRelativeDateFormatParser', 'd0eda9396d4a'],
      ['ENTimeUnitCasualRelativeFormatParser', '8bf8cc5faf1f'],
    ]);
    expect(Object.keys(cueData.parsers).sort()).toEqual(patterns.map(([name]) => name).sort());
  });

  test('each parser’s words occur in its pattern, and its word starts follow its left boundary', () => {
    const context = new chrono.ParsingContext('', new Date(0), { forwardDate: false });
    const cues = cueData.parsers as Record<string, { words?: string[]; wordStarts?: string[]; pattern?: string }>;
    for (const parser of chrono.en.configuration.createCasualConfiguration().parsers) {
      const source = (parser.pattern as (context: chrono.ParsingContext) => RegExp)(context).source;
      const { words = [], wordStarts = [], pattern } = cues[parser.constructor.name]!;
      if (wordStarts.length > 0) expect(source.startsWith('(\\W|^)'), parser.constructor.name).toBe(true);
      for (const word of [...words, ...wordStarts]) {
        if (!/^[0-9]$/.test(word)) expect(source.toLowerCase().replace(/\\/g, ''), `${parser.constructor.name}: ${word}`).toContain(word);
      }
      expect(words.length + wordStarts.length > 0 || pattern !== undefined, parser.constructor.name).toBe(true);
    }
  });
});
