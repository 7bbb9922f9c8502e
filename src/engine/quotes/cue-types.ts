/**
 * The data the quote stages pass along: a cue found for a quotation, who it points at, and the mentions of a
 * paragraph indexed by token. Kept apart from the stages so that stage 2 and `resolve-subject.ts` both read them
 * without importing each other.
 */
import type { AttributionRule, CueKind } from '../schema.ts';
import type { Mention } from '../actors/index.ts';

/** Who a cue points at: an actor's mention, a pronoun still to resolve, or nobody. */
export type Subject =
  | { type: 'mention'; mention: Mention }
  | { type: 'pronoun'; pronoun: string; paragraph: number; token: number }
  /** "the world indoor champion": an epithet for the person the text is about; `token` is its "the". */
  | { type: 'epithet'; paragraph: number; token: number }
  /**
   * "The report said": a document named before, and the mention that owns it (`token` is its noun); `unintroduced`
   * when the article never named it before and the owner is the body whose findings the sentences before report.
   */
  | { type: 'document'; owner: Mention; paragraph: number; token: number; unintroduced?: true }
  | { type: 'none' };

/** A quotation with its place among the tokens and the cue found for it. */
export interface QuoteCue {
  /** Position of the paragraph in the article's paragraph list. */
  position: number;
  /** Index of the quotation among the paragraph's spans. */
  quote: number;
  /** First and last token of the quotation, marks included. */
  openToken: number;
  closeToken: number;
  sentence: number;
  cue: CueKind;
  /** The cue rule that found the subject (absent when there is none). */
  rule?: AttributionRule;
  subject: Subject;
  verb?: string;
  partial: boolean;
  /** True when nothing but punctuation precedes the quote in its sentence. */
  startsSentence: boolean;
  /** True when no words follow the quote in its sentence. */
  endsSentence: boolean;
}

/** Mentions of one paragraph indexed by the token they start and end at. */
export interface MentionIndex {
  startAt: ReadonlyMap<number, Mention>;
  endAt: ReadonlyMap<number, Mention>;
  list: Mention[];
}
