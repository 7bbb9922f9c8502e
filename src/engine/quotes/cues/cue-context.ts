/**
 * What the cue finders read and return: the sentence of a quotation (`Context`), a cue found in it
 * (`Found`), what the cue rules read about one quotation (`CueSite`) and a row of the rule table (`CueRule`).
 */
import type { AttributionRule, CueKind } from '../../schema.ts';
import type { TokenizedParagraph } from '../../actors/index.ts';
import type { MentionIndex, Subject } from '../cue-types.ts';

export interface Context {
  paragraphs: readonly TokenizedParagraph[];
  index: readonly MentionIndex[];
  paragraph: TokenizedParagraph;
  position: number;
  mentions: MentionIndex;
  sentenceStart: number;
  sentenceEnd: number;
}

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

export const withSubject = (found: Found | undefined): Found | undefined => (found && found.subject.type !== 'none' ? found : undefined);
