/**
 * chrono-node's casual English reading of a text, with only the parsers that can match it. chrono runs each
 * of its eighteen parsers' patterns over the whole text, though a short stretch of news prose holds the words
 * of a few at most: a parser whose words are absent is left out, which changes no result.
 *
 * Why it changes none: `Chrono.parse` concatenates what each parser finds, sorts it by position (a stable
 * sort) and hands it to the refiners; a parser finds nothing when its pattern does not match the text,
 * since its first search then fails; and its pattern cannot match a text that lacks what `chrono-parser-cues.json`
 * says it needs, tested with the same flags its pattern uses (`i`, no `u`).
 */
import * as chrono from 'chrono-node';
import cueData from '../lexicons/chrono-parser-cues.json' with { type: 'json' };
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** chrono's casual English configuration: the parsers in their order, and the refiners every reading shares. */
const CASUAL = chrono.en.configuration.createCasualConfiguration();

/** What one parser needs: words anywhere, words opening a word (after its own `(\W|^)`), or a pattern. */
interface ParserCue {
  words?: string[];
  wordStarts?: string[];
  pattern?: string;
}

/** A test for what a parser needs, with its patterns' flags (`i`, no `u`) so that letters compare as they do. */
function cueToTest({ words, wordStarts, pattern }: ParserCue): RegExp {
  if (words) return new RegExp(words.map(escapeRegExp).join('|'), 'i');
  if (wordStarts) return new RegExp(`(?:\\W|^)(?:${wordStarts.map(escapeRegExp).join('|')})`, 'i');
  return new RegExp(pattern!, 'i');
}

/** Per parser of {@link CASUAL}, a test for what it needs, or undefined when it must always run. */
const PARSER_CUES: readonly (RegExp | undefined)[] = CASUAL.parsers.map((parser) => {
  const cue = (cueData.parsers as Record<string, ParserCue | undefined>)[parser.constructor.name];
  return cue ? cueToTest(cue) : undefined;
});

/** The parsers' distinct tests, each run once per text; each parser points at its test's bit. */
const CUE_TESTS: RegExp[] = [];
const PARSER_BITS: number[] = PARSER_CUES.map((cue) => {
  if (!cue) return 0;
  let i = CUE_TESTS.findIndex((test) => test.source === cue.source);
  if (i < 0) i = CUE_TESTS.push(cue) - 1;
  return 1 << i;
});

/** One chrono per set of parsers that can match, keyed by the set's bits. */
const chronos = new Map<number, chrono.Chrono>();

/**
 * Reads the dates in a text as `chrono.en.casual.parse(text, reference, { forwardDate: false })` does,
 * result for result.
 *
 * @param text The text to read.
 * @param reference The instant and time zone relative dates are read against.
 * @example
 * readChrono('Mr Macron said on Monday that nothing should be ruled out.', { instant: new Date('2024-02-27T12:00:00Z'), timezone: 0 })
 *   .map((result) => result.text) // => ['on Monday']
 */
export function readChrono(text: string, reference: chrono.ParsingReference): chrono.ParsedResult[] {
  let present = 0;
  for (let i = 0; i < CUE_TESTS.length; i++) if (CUE_TESTS[i]!.test(text)) present |= 1 << i;
  let reader = chronos.get(present);
  if (!reader) {
    const parsers = CASUAL.parsers.filter((_, i) => PARSER_BITS[i] === 0 || (PARSER_BITS[i]! & present) !== 0);
    chronos.set(present, (reader = new chrono.Chrono({ parsers, refiners: CASUAL.refiners })));
  }
  return reader.parse(text, reference, { forwardDate: false });
}
