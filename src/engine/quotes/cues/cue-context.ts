/**
 * What the cue finders read and return: the sentence of a quotation (`Context`), a cue found in it
 * (`Found`), what the cue rules read about one quotation (`CueSite`) and a row of the rule table (`CueRule`).
 */
import type { AttributionRule, CueKind } from '../../schema.ts';
import type { TokenizedParagraph } from '../../actors/index.ts';
import type { MentionIndex, Subject } from '../cue-types.ts';

/** The sentence of a quotation as the cue finders read it: the paragraph, its mentions and the sentence's tokens. */
export interface Context {
  paragraphs: readonly TokenizedParagraph[];
  index: readonly MentionIndex[];
  paragraph: TokenizedParagraph;
  position: number;
  mentions: MentionIndex;
  sentenceStart: number;
  sentenceEnd: number;
}

/** A cue found for a quotation: the subject of its speech verb, and the verb. */
export interface Found {
  subject: Subject;
  verb?: string;
  /** The cue kind when the position of the cue does not tell it. */
  kind?: CueKind;
  /** The rule when the finder's place in `findCues` does not tell it. */
  rule?: AttributionRule;
  /** The verb has a subject the text does not name ("her father telling her"): nobody else speaks for it. */
  unnamed?: boolean;
}

/**
 * The cue found, marked with the rule that found it (undefined stays undefined).
 *
 * @example
 * tagRule({ subject }, 'in-the-words-of') // => { subject, rule: 'in-the-words-of' }
 * tagRule(undefined, 'in-the-words-of') // => undefined
 */
export function tagRule(found: Found | undefined, rule: AttributionRule): Found | undefined {
  return found ? { ...found, rule } : undefined;
}

/** What the cue rules read about one quotation. */
export interface CueSite {
  paragraphs: readonly TokenizedParagraph[];
  index: readonly MentionIndex[];
  context: Context;
  q: number;
  sentence: number;
  openToken: number;
  closeToken: number;
  text: string;
  startsSentence: boolean;
  endsSentence: boolean;
  /** No words before the quote in its sentence (or since the quote before it). */
  opensSentence: boolean;
  /** The speech verb after the quote, before it, and "according to", each with the subject found for it. */
  after: Found | undefined;
  before: Found | undefined;
  according: Found | undefined;
}

/** One cue rule of stage 1: the subject it finds for a quotation, or undefined. */
export interface CueRule {
  rule: AttributionRule;
  find(site: CueSite): Found | undefined;
}

/**
 * The cue found when it has a subject, else undefined (a verb found without its subject does not stop the rules).
 *
 * @example
 * withSubject({ subject: { type: 'none' }, verb: 'said' }) // => undefined
 */
export const withSubject = (found: Found | undefined): Found | undefined => (found && found.subject.type !== 'none' ? found : undefined);
