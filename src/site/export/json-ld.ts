/**
 * schema.org metadata (JSON-LD) for the pages: `Person`/`Organization`/`Place` for actors,
 * `Quotation` for their remarks, `NewsArticle` for source articles. Everything in it comes from
 * untrusted articles, so `serializeJsonLd` escapes it for a `<script>` element.
 */
import type { DigestActor, DigestArticle, DigestQuote, Statement } from '../../engine/digest/schema.ts';
import type { SiteData } from '../site-data.ts';
import { actorPath, sourcePath, statementAnchor } from '../page-urls.ts';
import { articleToHeading } from '../views/article-heading.ts';

/** A JSON-LD node: plain JSON. */
export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | null | JsonLd | JsonLdValue[];

const scriptEscapes: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * Serialises JSON-LD for `<script type="application/ld+json">`. `<`, `>` and `&` become JSON
 * unicode escapes, so no text (`</script>`, `<!--`) can end the element early, and the result is
 * still the same JSON.
 *
 * @param value The JSON-LD document.
 * @returns JSON text safe to put between `<script>` tags.
 * @example serializeJsonLd({ text: '</script>' }) // => '{"text":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(value: JsonLd | JsonLd[]): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => scriptEscapes[c] ?? c);
}

const actorTypes: Record<DigestActor['kind'], string> = {
  person: 'Person',
  organization: 'Organization',
  group: 'Organization',
  place: 'Place',
  anonymous: 'Person',
  outlet: 'NewsMediaOrganization',
};

/**
 * The schema.org node of an actor: a `Person`, an `Organization` (also for groups) or a `Place`;
 * an anonymous source is a `Person` known only by its description.
 *
 * @param actor The actor.
 * @param site Absolute site URL.
 * @example actorToJsonLd({ kind: 'person', name: 'Olaf Scholz', slug: 'olaf-scholz', … }, site)
 * // => { '@type': 'Person', '@id': 'https://…/actors/olaf-scholz/#actor', name: 'Olaf Scholz', url: 'https://…/actors/olaf-scholz/', … }
 */
export function actorToJsonLd(actor: DigestActor, site: URL): JsonLd {
  const url = new URL(actorPath(actor.slug), site).href;
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);
  const role = actor.roles[0]?.text;
  return {
    '@type': actorTypes[actor.kind],
    '@id': `${url}#actor`,
    name: actor.name,
    url,
    ...(aliases.length > 0 && { alternateName: aliases }),
    ...(actor.description && { description: actor.description }),
    ...(role && actor.kind === 'person' && { jobTitle: role }),
    ...(actor.affiliation && actor.kind === 'person' && { affiliation: { '@type': 'Organization', name: actor.affiliation } }),
    ...(actor.country && actor.kind !== 'place' && { location: { '@type': 'Country', name: actor.country } }),
  };
}

/**
 * A statement as a schema.org `Quotation`: its fullest wording, who said it, and the source
 * paragraphs that carry it.
 *
 * @param statement The statement.
 * @param data Site data, for quotes and articles.
 * @param site Absolute site URL.
 * @example statementToJsonLd(statement, data, site)['@type'] // => 'Quotation'
 */
export function statementToJsonLd(statement: Statement, data: Pick<SiteData, 'quotes' | 'articles'>, site: URL): JsonLd {
  const speakerUrl = new URL(actorPath(statement.speaker), site).href;
  const quotes = statement.quotes.flatMap((id) => data.quotes.get(id) ?? []);
  return {
    '@type': 'Quotation',
    '@id': `${speakerUrl}#${statementAnchor(statement.id)}`,
    text: statement.text,
    spokenByCharacter: { '@id': `${speakerUrl}#actor` },
    citation: [...new Set(quotes.map((quote) => quoteToSourceUrl(quote, site)))],
  };
}

/**
 * A quote as a schema.org `Quotation`, located in its source paragraph.
 *
 * @param quote The quote.
 * @param speaker Its speaker, if known.
 * @param site Absolute site URL.
 * @example quoteToJsonLd(quote, undefined, site) // => { '@type': 'Quotation', text: '…', citation: 'https://…/sources/bbc-troops/#p-0' }
 */
export function quoteToJsonLd(quote: DigestQuote, speaker: DigestActor | undefined, site: URL): JsonLd {
  return {
    '@type': 'Quotation',
    text: quote.text,
    ...(speaker && { spokenByCharacter: { '@type': actorTypes[speaker.kind], name: speaker.name, url: new URL(actorPath(speaker.slug), site).href } }),
    citation: quoteToSourceUrl(quote, site),
  };
}

/**
 * A source article as schema.org `NewsArticle` metadata: what the article's own page would say
 * about it. Only fields the article gives are set; the original address only when it is http(s).
 *
 * @param article The article.
 * @param site Absolute site URL.
 * @example articleToJsonLd(article, site) // => { '@type': 'NewsArticle', headline: '…', publisher: { '@type': 'Organization', name: 'BBC' }, … }
 */
export function articleToJsonLd(article: DigestArticle, site: URL): JsonLd {
  const { meta } = article;
  const original = meta.url && /^https?:\/\//i.test(meta.url) ? meta.url : undefined;
  return {
    '@type': 'NewsArticle',
    headline: articleToHeading(article),
    url: new URL(sourcePath(article.slug), site).href,
    ...(original && { sameAs: original }),
    ...(meta.published && { datePublished: meta.published }),
    ...(meta.updated && { dateModified: meta.updated }),
    ...(meta.author && { author: { '@type': 'Person', name: meta.author } }),
    ...(meta.outlet && { publisher: { '@type': 'Organization', name: meta.outlet } }),
    ...(meta.language && { inLanguage: meta.language }),
  };
}

function quoteToSourceUrl(quote: DigestQuote, site: URL): string {
  return new URL(sourcePath(quote.article, quote.paragraph), site).href;
}
