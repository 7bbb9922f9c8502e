/**
 * What a source page shows of one article: its facts, its text rendered with quotes and actor links, its quotes
 * with their speakers, the reprints and duplicates it is related to, and where page furniture was removed.
 */
import type { DigestActor, DigestArticle, DigestQuote, Story } from '../../engine/digest/schema.ts';
import { renderArticleHtml } from '../render/render-article.ts';
import { sourcePath } from '../page-urls.ts';
import { citationPath } from '../quote-anchor.ts';
import type { SiteData } from '../site-data.ts';
import { actorHasPage } from './actor-has-page.ts';
import { articleToHeading } from './article-heading.ts';
import { META_FIELD_LABELS, REMOVED_BLOCK_LABELS } from './labels.ts';
import { cueToAttributionNote } from './quote-attribution.ts';
import { articleToOutlet } from './source-label.ts';

/** One quote of the article, as the page lists it. */
export interface SourceQuoteRow {
  quote: DigestQuote;
  /** The speaker, when the quote has one with a page. */
  speaker?: DigestActor;
  /** How the speaker was told (e.g. "attributed by the preceding sentence"), shown only with a speaker. */
  note?: string;
  /** The quote's own anchor on this page. */
  href: string;
}

/** Another source page this one links to, by its heading. */
export interface SourceLink {
  href: string;
  heading: string;
}

/** Everything a source page shows, computed from the article and the site data. */
export interface SourceView {
  /** The page's `<h1>`: the headline, else the opening sentence. */
  heading: string;
  /** The source's label in full: its outlet, else "Source N, by …". */
  label: string;
  /** `<title>`: heading and label, which keep a story headlined by this article apart from it. */
  pageTitle: string;
  description: string;
  outlet?: string;
  story?: Story;
  /** Names of the fields inferred from the text, as a reader names them. */
  inferred: string[];
  /** The original address when it is http(s), the only kind linked. */
  safeUrl?: string;
  /** The article's text as HTML: quotes marked, names of actors with a page linked. */
  html: string;
  quotes: SourceQuoteRow[];
  /** The wire copy this article reprints, when it is among the sources. */
  reprintOf?: SourceLink;
  /** Reprints of this article (none when it is itself a reprint). */
  reprints: SourceLink[];
  /** Actors with a page that the article names, in its order. */
  mentioned: DigestActor[];
  /** News outlets the article cites. */
  cited: DigestActor[];
  /** Kinds of removed page furniture, in order of first appearance, with their lines. */
  removed: { label: string; lines: number[] }[];
}

/**
 * The view of one source page.
 *
 * @param article The article.
 * @param data The site data.
 * @example
 * articleToSourceView(bbc, data).removed // => [{ label: 'Photo caption', lines: [2] }]
 */
export function articleToSourceView(article: DigestArticle, data: Pick<SiteData, 'actors' | 'articles' | 'outlets' | 'quotes' | 'stories' | 'sourceLabels'>): SourceView {
  const { actors, articles } = data;
  const articleQuotes = article.quotes.flatMap((id) => data.quotes.get(id) ?? []);
  const actorNames = new Map(
    article.actors.flatMap((slug) => {
      const actor = actors.get(slug);
      return actor ? [[slug, actor.name] as const] : [];
    }),
  );
  // Names link to actor pages; an actor only mentioned has none.
  const linkable = article.mentions.filter((mention) => {
    const actor = actors.get(mention.actor);
    return actor !== undefined && actorHasPage(actor);
  });
  const label = data.sourceLabels.get(article.slug)?.long ?? article.slug;
  const heading = articleToHeading(article);
  // Kinds of removed block with the lines they were on; the text itself stays out of the page.
  const removedLines = new Map<string, number[]>();
  for (const block of article.removed) {
    const kind = REMOVED_BLOCK_LABELS[block.kind];
    const lines = removedLines.get(kind);
    if (lines) lines.push(block.line);
    else removedLines.set(kind, [block.line]);
  }
  const original = articles.get(article.reprintOf ?? '');
  return {
    heading,
    label,
    pageTitle: `${heading} (${label})`,
    description: `${heading} (${label}): the text with its quotes and actors marked.`,
    outlet: articleToOutlet(article),
    story: data.stories.get(article.story),
    inferred: article.inferred.map((field) => META_FIELD_LABELS[field]),
    safeUrl: article.meta.url && /^https?:\/\//i.test(article.meta.url) ? article.meta.url : undefined,
    html: renderArticleHtml({ ...article, mentions: linkable }, articleQuotes, actorNames),
    quotes: articleQuotes.map((quote) => {
      const speaker = quote.speaker === null ? undefined : actors.get(quote.speaker);
      const note = speaker ? cueToAttributionNote(quote.cue) : undefined;
      return { quote, speaker, note, href: citationPath({ article: article.slug, paragraph: quote.paragraph, quote: quote.id }) };
    }),
    reprintOf: article.reprintOf && original ? { href: sourcePath(article.reprintOf), heading: articleToHeading(original) } : undefined,
    reprints: article.reprintOf
      ? []
      : (article.reprints ?? []).map((slug) => {
          const reprint = articles.get(slug);
          return { href: sourcePath(slug), heading: reprint ? articleToHeading(reprint) : slug };
        }),
    mentioned: article.actors.flatMap((slug) => actors.get(slug) ?? []),
    cited: article.actors.flatMap((slug) => data.outlets.get(slug) ?? []),
    removed: [...removedLines].map(([kind, lines]) => ({ label: kind, lines })),
  };
}
