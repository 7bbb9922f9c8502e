/**
 * What stage 2 reads (`ResolveContext`) and what it gives (`ResolvedSpeaker`).
 */
import type { Resolution } from '../../schema.ts';
import type { TokenizedParagraph } from '../../actors/index.ts';
import type { MentionIndex } from '../cue-types.ts';
import type { Gender } from '../gender.ts';

/** A speaker and how its mention was resolved. */
export interface ResolvedSpeaker {
  speaker: string;
  resolution: Resolution;
}

/** What stage 2 reads: the article's paragraphs and mentions, and the genders worked out once. */
export interface ResolveContext {
  paragraphs: readonly TokenizedParagraph[];
  index: readonly MentionIndex[];
  gendersOf: () => ReadonlyMap<string, Gender>;
  /** The actors read as persons that the text gives a plural verb (bands, teams: never "he" or "she"), worked out once. */
  pluralActs: () => ReadonlySet<string>;
  /** The actors read as persons that the text writes as a publication ("the Jersey Herald"): no "he" or "she", worked out once. */
  publicationsAsPersons: () => ReadonlySet<string>;
  /** The article's title (headline), when known: it is no paragraph, but may give a role before any name ("Wales coach elated with win"). */
  title?: string;
  /** The last attributed quote before a point, within two paragraphs (lines that are only quotes not counted): its speaker (the person the text is about) and where it ends. */
  lastSpeakerBefore?: (position: number, token: number) => { speaker: string; position: number; token: number } | undefined;
}
