/**
 * `/digest.json`: the digest's stories, actors, statements, quotes and source articles for reuse
 * by other tools. The shapes are derived from the engine's digest schemas (no shape declared
 * twice); the export adds absolute page links and leaves out the article text itself, which
 * belongs to the outlets. `/digest.schema.json` is generated from `digestExportSchema`.
 */
import { z } from 'zod';
import {
  citationSchema,
  digestActorSchema,
  digestArticleSchema,
  digestQuoteSchema,
  keyPointSchema,
  statementSchema,
  storySchema,
  timelineEventSchema,
} from '../../engine/digest/schema.ts';
import type { SiteData } from '../site-data.ts';
import { actorHasPage } from '../views/actor-has-page.ts';
import { actorFeedPath, actorPath, sourcePath, statementAnchor, storyPath } from '../page-urls.ts';

const pageUrl = z.string().describe('Absolute URL of the page on the digest site.');

/** A paragraph of a source article, with a link to it. */
export const exportCitationSchema = citationSchema.extend({
  paragraph: citationSchema.shape.paragraph.describe('0-based index of the paragraph in the article (`articles[].paragraphs`); shown to readers as "para. N+1".'),
  url: pageUrl.describe('Absolute URL of the paragraph on the source page (`…/sources/<article>/#p-<paragraph>`).'),
});

/** A key point with links to the paragraphs that report it. */
export const exportKeyPointSchema = keyPointSchema.extend({ citations: z.array(exportCitationSchema) });

/** A timeline event with links to the paragraphs that report it. */
export const exportTimelineEventSchema = timelineEventSchema.extend({ citations: z.array(exportCitationSchema) });

/** A story as exported. */
export const exportStorySchema = storySchema.omit({ quotes: true }).extend({
  url: pageUrl,
  keyPoints: z.array(exportKeyPointSchema).describe('Claims several sources report, each citing every source paragraph that reports it.'),
  onlyIn: z.array(exportKeyPointSchema).describe('Claims only one source reports.'),
  timeline: z.array(exportTimelineEventSchema).describe('Dated events, oldest first, each citing every source paragraph that reports it.'),
});

/** An actor as exported. */
export const exportActorSchema = digestActorSchema.extend({
  url: pageUrl.optional().describe('Absolute URL of the actor’s page; absent for a news outlet and for an actor only mentioned (no quote, role or description), which have none.'),
  feed: z.string().optional().describe('Absolute URL of the RSS 2.0 feed of the actor’s statements; absent when the actor has no page.'),
});

/** A statement as exported: the same remark by one speaker across sources. */
export const exportStatementSchema = statementSchema.extend({
  url: pageUrl.describe('Absolute URL of the statement on its speaker’s page.'),
});

/** A quote as exported, with its article and a link to its paragraph. */
export const exportQuoteSchema = digestQuoteSchema.extend({
  url: pageUrl.describe('Absolute URL of the quote’s paragraph on the source page.'),
});

/** A source article as exported: its metadata and what the digest found in it, not its text. */
export const exportArticleSchema = digestArticleSchema
  .pick({ slug: true, file: true, displayTitle: true, meta: true, inferred: true, story: true, actors: true, quotes: true, duplicates: true, duplicateSources: true, reprints: true, reprintOf: true })
  .extend({
    url: pageUrl,
    paragraphCount: z.number().int().min(0).describe('Number of paragraphs of the cleaned text; citations index them from 0.'),
  });

/** The whole of `/digest.json`. */
export const digestExportSchema = z
  .object({
    $schema: z.string().describe('Absolute URL of this document’s JSON Schema (`/digest.schema.json`).'),
    site: z.string().describe('Absolute URL of the digest site.'),
    stories: z.array(exportStorySchema),
    actors: z.array(exportActorSchema),
    statements: z.array(exportStatementSchema),
    quotes: z.array(exportQuoteSchema),
    articles: z.array(exportArticleSchema),
  })
  .describe('news-digest: stories, actors, statements, quotes and source articles. Ids and slugs cross-reference each other.');
export type DigestExport = z.infer<typeof digestExportSchema>;

/**
 * Converts the site data to the `/digest.json` document, with absolute links. Pure: the same
 * data and site give the same document (no build time in it).
 *
 * @param data Site data (`getSiteData()`).
 * @param site Absolute site URL.
 * @returns The export, ready for `JSON.stringify`.
 * @example
 * siteDataToExport(data, new URL('https://news-digest.example/')).quotes[0].url
 * // => 'https://news-digest.example/sources/bbc-troops/#p-0'
 */
export function siteDataToExport(data: SiteData, site: URL): DigestExport {
  const { digest } = data;
  const absolute = (path: string) => new URL(path, site).href;
  const citation = (c: z.infer<typeof citationSchema>) => ({ ...c, url: absolute(sourcePath(c.article, c.paragraph)) });
  const keyPoint = (point: z.infer<typeof keyPointSchema>) => ({ ...point, citations: point.citations.map(citation) });
  return {
    $schema: absolute('/digest.schema.json'),
    site: site.href,
    stories: digest.stories.map(({ quotes: _quotes, ...story }) => ({
      ...story,
      url: absolute(storyPath(story.slug)),
      keyPoints: story.keyPoints.map(keyPoint),
      onlyIn: story.onlyIn.map(keyPoint),
      timeline: story.timeline.map((event) => ({ ...event, citations: event.citations.map(citation) })),
    })),
    actors: digest.actors.map((actor) => ({
      ...actor,
      ...(actorHasPage(actor) ? { url: absolute(actorPath(actor.slug)), feed: absolute(actorFeedPath(actor.slug)) } : {}),
    })),
    statements: digest.statements.map((statement) => ({
      ...statement,
      url: absolute(`${actorPath(statement.speaker)}#${statementAnchor(statement.id)}`),
    })),
    quotes: digest.quotes.map((quote) => ({ ...quote, url: absolute(sourcePath(quote.article, quote.paragraph)) })),
    articles: digest.articles.map((article) => ({
      slug: article.slug,
      file: article.file,
      displayTitle: article.displayTitle,
      meta: article.meta,
      inferred: article.inferred,
      story: article.story,
      actors: article.actors,
      quotes: article.quotes,
      duplicates: article.duplicates,
      ...(article.duplicateSources ? { duplicateSources: article.duplicateSources } : {}),
      ...(article.reprints ? { reprints: article.reprints } : {}),
      ...(article.reprintOf ? { reprintOf: article.reprintOf } : {}),
      url: absolute(sourcePath(article.slug)),
      paragraphCount: article.paragraphs.length,
    })),
  };
}

/**
 * The JSON Schema (draft 2020-12) of `/digest.json`, generated from `digestExportSchema`.
 *
 * @param site Absolute site URL, for the schema's `$id`.
 * @example digestExportJsonSchema(new URL('https://news-digest.example/')).$id
 * // => 'https://news-digest.example/digest.schema.json'
 */
export function digestExportJsonSchema(site: URL): Record<string, unknown> {
  return { $id: new URL('/digest.schema.json', site).href, title: 'news-digest /digest.json', ...z.toJSONSchema(digestExportSchema) };
}
