/**
 * RSS items for the story feed and the actor feeds. Content is untrusted: item descriptions are
 * HTML built here from escaped text, and @astrojs/rss escapes them again as XML text.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Statement, Story } from '../../engine/digest/schema.ts';
import { hashText } from '../../engine/hash-text.ts';
import type { SiteData } from '../site-data.ts';
import { formatCount } from '../render/format-count.ts';
import { formatDate, isoToDate } from '../render/format-date.ts';
import { actorPath, sourcePath, statementAnchor, storyPath } from '../page-urls.ts';
import { quotesToCitations } from '../views/quote-citations.ts';
import { citationPath } from '../quote-anchor.ts';
import { storyToReactions } from '../views/story-reactions.ts';

/** Namespaces the feeds declare (`xmlns` option of @astrojs/rss). */
export const feedNamespaces = { atom: 'http://www.w3.org/2005/Atom' } as const;

/**
 * Channel elements every feed adds: its `atom:link rel="self"` and language.
 *
 * @param feedUrl Absolute URL of the feed itself.
 * @returns XML for the `customData` option of @astrojs/rss.
 * @example
 * feedChannelData(new URL('https://news-digest.example/rss.xml'))
 * // => '<language>en</language><atom:link href="https://news-digest.example/rss.xml" rel="self" type="application/rss+xml"/>'
 */
export function feedChannelData(feedUrl: URL): string {
  return `<language>en</language><atom:link href="${escapeXml(feedUrl.href)}" rel="self" type="application/rss+xml"/>`;
}

/**
 * One feed item per story: headline, link, who said what and the sources. The `guid` follows
 * `story.version`, so readers show the item again when the story gains sources; `pubDate` is the
 * story's latest known date and is left out when no date is known.
 *
 * @param story The story.
 * @param data Site data.
 * @param site Absolute site URL, for links.
 * @returns An item for @astrojs/rss.
 * @example
 * storyToFeedItem(story, data, new URL('https://news-digest.example/')).link
 * // => 'https://news-digest.example/stories/macron-troops/'
 */
export function storyToFeedItem(story: Story, data: SiteData, site: URL): RSSFeedItem {
  const reactions = storyToReactions(story, data).slice(0, 8);
  const keyPoints = story.keyPoints.slice(0, 3);
  const sources = story.articles.flatMap((slug) => data.articles.get(slug) ?? []);
  const parts: string[] = [];
  if (keyPoints.length > 0) {
    parts.push(`<ul>${keyPoints.map((point) => `<li>${escapeHtml(point.text)}</li>`).join('')}</ul>`);
  }
  if (reactions.length > 0) {
    const lines = reactions.map((reaction) => {
      const cited = reaction.citations.map((c) => sourceLink(c.article, citationPath(c), data, site));
      return `<li><a href="${escapeHtml(absolute(actorPath(reaction.actor.slug), site))}">${escapeHtml(reaction.actor.name)}</a>: “${escapeHtml(reaction.text)}” (${cited.join(', ')})</li>`;
    });
    parts.push(`<p>Who said what:</p><ul>${lines.join('')}</ul>`);
  }
  const sourceLines = sources.map((article) => {
    const date = formatDate(article.meta.published);
    return `${sourceLink(article.slug, sourcePath(article.slug), data, site)}${date ? `, ${escapeHtml(date)}` : ''}`;
  });
  parts.push(`<p>Sources: ${sourceLines.join('; ')}</p>`);
  const pubDate = isoToDate(story.to ?? story.from);
  return {
    title: story.headline,
    link: absolute(storyPath(story.slug), site),
    description: parts.join(''),
    ...(pubDate && { pubDate }),
    customData: guidXml(`news-digest:story:${story.slug}:${story.version}`),
  };
}

/**
 * One feed item per statement of an actor: the remark, its wordings and their sources. The
 * `guid` changes when the statement gains sources; `pubDate` is {@link statementToDate}.
 *
 * @param statement The statement.
 * @param data Site data.
 * @param site Absolute site URL, for links.
 * @returns An item for @astrojs/rss.
 * @example
 * statementToFeedItem(statement, data, site).title // => 'Emmanuel Macron: “nothing should be ruled out”'
 */
export function statementToFeedItem(statement: Statement, data: SiteData, site: URL): RSSFeedItem {
  const speaker = data.actors.get(statement.speaker)?.name ?? statement.speaker;
  const variants = statement.variants.length > 0 ? statement.variants : [{ text: statement.text, quotes: statement.quotes, articles: statement.articles }];
  const lines = variants.map((variant) => {
    const cited = quotesToCitations(variant.quotes, data.quotes).map((c) => sourceLink(c.article, citationPath(c), data, site));
    return `<li>“${escapeHtml(variant.text)}” (${cited.join(', ')})</li>`;
  });
  const count = new Set(statement.articles).size;
  const pubDate = isoToDate(statementToDate(statement, data));
  return {
    title: `${speaker}: “${truncate(statement.text, 140)}”`,
    link: absolute(`${actorPath(statement.speaker)}#${statementAnchor(statement.id)}`, site),
    description: `<p>Reported by ${formatCount(count, 'source', 'sources')}.</p><ul>${lines.join('')}</ul>`,
    ...(pubDate && { pubDate }),
    customData: guidXml(`news-digest:statement:${statement.id}:${hashText([...statement.articles].sort().join('\n'))}`),
  };
}

/**
 * The date a statement's feed item carries: its earliest dated source's, else the date of the story
 * its sources belong to, else none (never the clock).
 *
 * @example
 * statementToDate(statement, data) // => '2024-02-27T23:55:00Z'
 */
export function statementToDate(statement: Statement, data: Pick<SiteData, 'articles' | 'stories'>): string | undefined {
  const articles = statement.articles.flatMap((slug) => data.articles.get(slug) ?? []);
  const dated = articles.flatMap((article) => article.meta.published ?? []).sort()[0];
  if (dated) return dated;
  const storyDates = articles.flatMap((article) => {
    const story = data.stories.get(article.story);
    return story?.to ?? story?.from ?? [];
  });
  return storyDates.sort()[0];
}

/** A link to a source (its page, a paragraph or a quote), named by the source's label. */
function sourceLink(slug: string, path: string, data: Pick<SiteData, 'sourceLabels'>, site: URL): string {
  const label = data.sourceLabels.get(slug)?.long ?? slug;
  return `<a href="${escapeHtml(absolute(path, site))}">${escapeHtml(label)}</a>`;
}

function guidXml(id: string): string {
  return `<guid isPermaLink="false">${escapeXml(id)}</guid>`;
}

function absolute(path: string, site: URL): string {
  return new URL(path, site).href;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML and XML alike (text and double- or single-quoted attributes). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c);
}

const escapeXml = escapeHtml;
