/**
 * Site paths of the digest's pages, in one place so that every link agrees with the routes
 * under `src/pages/` (directory format, trailing slash).
 */

/**
 * Path of a story page.
 *
 * @param slug Story slug.
 * @example storyPath('macron-troops') // => '/stories/macron-troops/'
 */
export function storyPath(slug: string): string {
  return `/stories/${encodeURIComponent(slug)}/`;
}

/**
 * Path of an actor page.
 *
 * @param slug Actor slug.
 * @example actorPath('emmanuel-macron') // => '/actors/emmanuel-macron/'
 */
export function actorPath(slug: string): string {
  return `/actors/${encodeURIComponent(slug)}/`;
}

/**
 * Path of an actor's statement feed.
 *
 * @param slug Actor slug.
 * @example actorFeedPath('emmanuel-macron') // => '/actors/emmanuel-macron/rss.xml'
 */
export function actorFeedPath(slug: string): string {
  return `${actorPath(slug)}rss.xml`;
}

/**
 * Path of a source article page, or of one paragraph in it.
 *
 * @param slug Article slug.
 * @param paragraph `paragraphs[i].index` of the paragraph to link to, if any.
 * @example
 * sourcePath('bbc-troops') // => '/sources/bbc-troops/'
 * sourcePath('bbc-troops', 3) // => '/sources/bbc-troops/#p-3'
 */
export function sourcePath(slug: string, paragraph?: number): string {
  const page = `/sources/${encodeURIComponent(slug)}/`;
  return paragraph === undefined ? page : `${page}#${paragraphId(paragraph)}`;
}

/**
 * The `id` of a paragraph on a source page.
 *
 * @param index `paragraphs[i].index`.
 * @example paragraphId(3) // => 'p-3'
 */
export function paragraphId(index: number): string {
  return `p-${index}`;
}

/**
 * The `id` of a statement on an actor page (the anchor the actor feed links to).
 *
 * @param id Statement id.
 * @example statementAnchor('macron-nothing-excluded') // => 'statement-macron-nothing-excluded'
 */
export function statementAnchor(id: string): string {
  return `statement-${id}`;
}
