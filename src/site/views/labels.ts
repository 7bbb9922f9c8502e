/**
 * The words the pages use for the engine's enumerations, in one place: actor kinds (one actor, and a heading of
 * many), metadata fields, and kinds of page furniture that ingest removed.
 */
import type { ActorKind, MetaField, RemovedBlock } from '../../engine/schema.ts';

/** How an actor kind is named: for one actor (its page) and as the heading of a group (the actors index). */
export interface ActorKindLabel {
  one: string;
  group: string;
}

/**
 * Actor kinds, in the order the actors index lists their groups (outlets have no page, so no group there).
 *
 * @example
 * ACTOR_KIND_LABELS.place // => { one: 'Country or place', group: 'Countries and places' }
 */
export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, ActorKindLabel>> = {
  person: { one: 'Person', group: 'People' },
  organization: { one: 'Organisation', group: 'Organisations' },
  place: { one: 'Country or place', group: 'Countries and places' },
  anonymous: { one: 'Anonymous source', group: 'Anonymous sources' },
  group: { one: 'Group', group: 'Groups' },
  outlet: { one: 'News outlet', group: 'News outlets' },
};

/**
 * Metadata fields as a reader names them ("inferred from the text: date, outlet").
 *
 * @example
 * META_FIELD_LABELS.published // => 'date'
 */
export const META_FIELD_LABELS: Readonly<Record<MetaField, string>> = {
  title: 'title',
  outlet: 'outlet',
  author: 'author',
  published: 'date',
  updated: 'update date',
  url: 'address',
  language: 'language',
};

/**
 * Kinds of page furniture removed from an article, as a source page lists them.
 *
 * @example
 * REMOVED_BLOCK_LABELS['read-more'] // => '“Read more” link'
 */
export const REMOVED_BLOCK_LABELS: Readonly<Record<RemovedBlock['kind'], string>> = {
  headline: 'Headline',
  byline: 'Byline',
  dateline: 'Date line',
  caption: 'Photo caption',
  credit: 'Credit',
  'audio-widget': 'Audio widget',
  'read-more': '“Read more” link',
  'related-headlines': 'Unrelated headlines',
  'contributor-note': 'Contributor note',
  'duplicate-line': 'Duplicate line',
  other: 'Other',
};
