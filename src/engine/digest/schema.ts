/**
 * Shapes of the cross-article digest: the view data every page, feed and `/digest.json` reads.
 * Ids are slugs: articles by file name, actors by display name, quotes and statements derived from them.
 */
import { z } from 'zod';
import {
  actorKindSchema,
  articleMetaSchema,
  cueKindSchema,
  paragraphSchema,
  problemSchema,
  removedBlockSchema,
  datePrecisionSchema,
} from '../schema.ts';

/** A reference to a paragraph of an article: the unit every claim links to. */
export const citationSchema = z.object({
  article: z.string(),
  paragraph: z.number().int().min(0),
});
export type Citation = z.infer<typeof citationSchema>;

/** An actor mention in an article, resolved to a digest-wide actor slug. */
export const mentionSchema = z.object({
  actor: z.string(),
  paragraph: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Mention = z.infer<typeof mentionSchema>;

/** Another file with the same text as a published article: where that copy came from. */
export const duplicateSourceSchema = z.object({
  /** The slug the file would have had (it has no page of its own). */
  slug: z.string(),
  file: z.string(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
});
export type DuplicateSource = z.infer<typeof duplicateSourceSchema>;

/** One source article as the site shows it. */
export const digestArticleSchema = z.object({
  slug: z.string(),
  file: z.string(),
  hash: z.string(),
  format: z.enum(['markdown', 'text']),
  /** Headline to show: the article's title, or its opening words when it has none. */
  displayTitle: z.string(),
  meta: articleMetaSchema,
  inferred: z.array(articleMetaSchema.keyof()),
  paragraphs: z.array(paragraphSchema),
  removed: z.array(removedBlockSchema),
  problems: z.array(problemSchema),
  quotes: z.array(z.string()),
  actors: z.array(z.string()),
  mentions: z.array(mentionSchema),
  story: z.string(),
  /** Slugs of other files with the same text (shown once, under this article). */
  duplicates: z.array(z.string()),
  /** Where each file of `duplicates` came from (outlet, date, address), in the same order. */
  duplicateSources: z.array(duplicateSourceSchema).optional(),
  /**
   * Slugs of published articles carrying the same copy with small edits (reprinted wire copy:
   * word 5-gram Jaccard similarity of at least 0.8). Each is also published.
   */
  reprints: z.array(z.string()).optional(),
  /** The earliest published article of the reprint group, when this one is a later reprint. */
  reprintOf: z.string().optional(),
});
export type DigestArticle = z.infer<typeof digestArticleSchema>;

/** A quote, with its speaker resolved to a digest-wide actor slug (or null when unknown). */
export const digestQuoteSchema = z.object({
  id: z.string(),
  article: z.string(),
  paragraph: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  speaker: z.string().nullable(),
  cue: cueKindSchema,
  verb: z.string().optional(),
  partial: z.boolean(),
  statement: z.string().nullable(),
});
export type DigestQuote = z.infer<typeof digestQuoteSchema>;

/** A role as the sources describe it, with the articles that use it. */
export const roleSchema = z.object({ text: z.string(), articles: z.array(z.string()) });
export type Role = z.infer<typeof roleSchema>;

/** One actor across all articles. */
export const digestActorSchema = z.object({
  slug: z.string(),
  name: z.string(),
  kind: actorKindSchema,
  aliases: z.array(z.string()),
  roles: z.array(roleSchema),
  country: z.string().optional(),
  affiliation: z.string().optional(),
  /** Editor-written description from `content/actors/<slug>.md`. */
  description: z.string().optional(),
  articles: z.array(z.string()),
  quotes: z.array(z.string()),
  statements: z.array(z.string()),
  mentionCount: z.number().int().min(0),
});
export type DigestActor = z.infer<typeof digestActorSchema>;

/** One wording of a statement, with the quotes (and so the articles) that use it. */
export const variantSchema = z.object({
  text: z.string(),
  quotes: z.array(z.string()),
  articles: z.array(z.string()),
});
export type Variant = z.infer<typeof variantSchema>;

/** The same remark by one speaker, as carried by one or more articles. */
export const statementSchema = z.object({
  id: z.string(),
  speaker: z.string(),
  /** The fullest wording, used as the statement's headline. */
  text: z.string(),
  quotes: z.array(z.string()),
  articles: z.array(z.string()),
  /** The article that carried it first, where dates are known. */
  earliest: z.string().optional(),
  variants: z.array(variantSchema),
  wordingDiffers: z.boolean(),
});
export type Statement = z.infer<typeof statementSchema>;

/** A claim reported in a story, with every source paragraph that reports it. */
export const keyPointSchema = z.object({
  text: z.string(),
  citations: z.array(citationSchema),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;

/** Something that happened on a known day (or in a known week), with every source paragraph that reports it. */
export const timelineEventSchema = z.object({
  /**
   * The day, `YYYY-MM-DD`; `YYYY-MM-DDTHH:MM` when the text gives a time (the source's wall clock,
   * zone unknown). For a week, its Monday.
   */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/),
  /** `week` when the text names only a week ("last week", "three weeks ago"). */
  precision: datePrecisionSchema,
  /** The sentence that reports it. */
  text: z.string(),
  citations: z.array(citationSchema),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** Articles on one subject. */
export const storySchema = z.object({
  slug: z.string(),
  headline: z.string(),
  /** Oldest first. */
  articles: z.array(z.string()),
  from: z.string().optional(),
  to: z.string().optional(),
  /** Actors by prominence (quotes, then mentions). */
  actors: z.array(z.string()),
  keyPoints: z.array(keyPointSchema),
  /** Claims only one source reports. */
  onlyIn: z.array(keyPointSchema),
  /** Dated events, oldest first: days the sources name, relative ones resolved against each article's date. */
  timeline: z.array(timelineEventSchema),
  statements: z.array(z.string()),
  quotes: z.array(z.string()),
  /** Changes whenever the story gains or loses sources (used as the feed item's guid). */
  version: z.string(),
});
export type Story = z.infer<typeof storySchema>;

/** Everything the site shows, computed once per build. */
export const digestSchema = z.object({
  articles: z.array(digestArticleSchema),
  actors: z.array(digestActorSchema),
  quotes: z.array(digestQuoteSchema),
  statements: z.array(statementSchema),
  stories: z.array(storySchema),
});
export type Digest = z.infer<typeof digestSchema>;

/** Editor corrections from `content/actors/<slug>.md` front matter. */
export const actorOverrideSchema = z.object({
  slug: z.string(),
  name: z.string().optional(),
  kind: actorKindSchema.optional(),
  aliases: z.array(z.string()).default([]),
  role: z.string().optional(),
  description: z.string().optional(),
  mergeInto: z.string().optional(),
  hidden: z.boolean().default(false),
});
export type ActorOverride = z.infer<typeof actorOverrideSchema>;
