/**
 * Renders an article's cleaned paragraphs as sanitised HTML, with quotes highlighted and
 * actor mentions linked. Content is untrusted: its text only ever becomes hast text nodes,
 * and the tree goes through rehype-sanitize with an explicit allow-list before stringifying.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { DigestArticle, DigestQuote, Mention } from '../../engine/digest/schema.ts';
import { actorPath, paragraphId } from '../page-urls.ts';
import { groupBy } from '../../engine/text/group-by.ts';
import { quoteAnchor } from '../quote-anchor.ts';

/**
 * Renders an article's paragraphs as `<p id="p-N" data-para="N+1">` elements (N = `paragraph.index`), with each quote as `<q id="q-…">` titled with its speaker and actor mentions as links to the actors' pages.
 * A mention inside a quote becomes a link nested in the `<q>`; a mention crossing a quote's
 * edge, and spans overlapping an earlier span of the same kind, are left out.
 *
 * @param article The article, with its paragraphs and resolved mentions.
 * @param quotes The article's quotes (quotes of other articles are ignored).
 * @param actorNames Display name by actor slug, for quote titles; mentions of actors missing
 *   from it (e.g. hidden by an editor) are not linked.
 * @param options See {@link RenderArticleOptions}.
 * @returns An HTML string safe to insert into the page.
 * @example
 * renderArticleHtml(
 *   { slug: 'a', paragraphs: [{ index: 0, text: 'Macron said "no".', line: 1 }],
 *     mentions: [{ actor: 'emmanuel-macron', paragraph: 0, start: 0, end: 6 }], ... },
 *   [{ article: 'a', paragraph: 0, start: 14, end: 16, speaker: 'emmanuel-macron', ... }],
 *   new Map([['emmanuel-macron', 'Emmanuel Macron']]),
 * )
 * // => '<p id="p-0" data-para="1"><a href="/actors/emmanuel-macron/" class="mention">Macron</a> said
 * //     "<q id="q-a-q1" class="quote" title="Quote by Emmanuel Macron">no</q>".</p>'
 */
export function renderArticleHtml(
  article: Pick<DigestArticle, 'slug' | 'paragraphs' | 'mentions'>,
  quotes: readonly DigestQuote[],
  actorNames: ReadonlyMap<string, string>,
  options: RenderArticleOptions = {},
): string {
  const { linkMentions = 'first' } = options;
  const quotesByParagraph = groupBy(
    quotes.filter((quote) => quote.article === article.slug),
    (quote) => quote.paragraph,
  );
  const mentionsByParagraph = groupBy(
    selectMentions(article, actorNames, linkMentions),
    (mention) => mention.paragraph,
  );
  const tree: Root = {
    type: 'root',
    children: article.paragraphs.map((paragraph) =>
      // `data-para` is the number citations use ("para. 3"), shown by the style sheet so a reader can check one.
      element('p', { id: paragraphId(paragraph.index), dataPara: String(paragraph.index + 1) }, [
        ...renderParagraphText(
          paragraph.text,
          (quotesByParagraph.get(paragraph.index) ?? []).map((quote) => ({
            start: quote.start,
            end: quote.end,
            wrap: (children: ElementContent[]) => quoteElement(quote, actorNames, children),
          })),
          (mentionsByParagraph.get(paragraph.index) ?? []).map((mention) => ({
            start: mention.start,
            end: mention.end,
            wrap: (children: ElementContent[]) =>
              element('a', { href: actorPath(mention.actor), className: ['mention'] }, children),
          })),
        ),
      ]),
    ),
  };
  return articleProcessor.stringify(articleProcessor.runSync(tree));
}

/** Options of {@link renderArticleHtml}. */
export interface RenderArticleOptions {
  /**
   * Which mentions become links: `'first'` (default) links each actor's first mention in the
   * article, as editors link a name once rather than on every line; `'all'` links every mention.
   */
  linkMentions?: 'first' | 'all';
}

/** The mentions to link: of known actors only, and with `'first'` the earliest of each actor. */
function selectMentions(
  article: Pick<DigestArticle, 'paragraphs' | 'mentions'>,
  actorNames: ReadonlyMap<string, string>,
  linkMentions: 'first' | 'all',
): Mention[] {
  const known = article.mentions.filter((mention) => actorNames.has(mention.actor));
  if (linkMentions === 'all') return known;
  const order = new Map(article.paragraphs.map((paragraph, position) => [paragraph.index, position]));
  const sorted = [...known].sort(
    (a, b) => (order.get(a.paragraph) ?? Infinity) - (order.get(b.paragraph) ?? Infinity) || a.start - b.start,
  );
  const seen = new Set<string>();
  return sorted.filter((mention) => !seen.has(mention.actor) && seen.add(mention.actor));
}

/** What the page may contain: nothing from content survives except text in these elements. */
const articleSchema: SanitizeSchema = {
  tagNames: ['p', 'q', 'mark', 'a', 'blockquote', 'em', 'strong', 'span'],
  attributes: {
    p: [['id', /^p-\d+$/], ['dataPara', /^\d+$/]],
    a: ['href', 'title', ['className', 'mention']],
    q: ['title', ['className', 'quote', 'quote-unknown'], ['id', /^q-[\w-]+$/]],
    mark: ['title', ['className', 'quote', 'quote-unknown']],
    span: ['className'],
  },
  protocols: { href: ['http', 'https'] },
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
};

/** Sanitises and stringifies an article's tree; built once, as configuring it costs more than a small article. */
const articleProcessor = unified().use(rehypeSanitize, articleSchema).use(rehypeStringify).freeze();

/** A span of a paragraph to wrap in an element. */
interface Range {
  start: number;
  end: number;
  wrap: (children: ElementContent[]) => Element;
}

/**
 * Splits a paragraph's text at the quote and mention offsets; quotes wrap mentions.
 */
function renderParagraphText(text: string, quotes: Range[], mentions: Range[]): ElementContent[] {
  const outer = keepDisjoint(clampRanges(quotes, text.length));
  const inner = keepDisjoint(clampRanges(mentions, text.length)).filter((mention) =>
    outer.every(
      (quote) =>
        mention.end <= quote.start ||
        mention.start >= quote.end ||
        (mention.start >= quote.start && mention.end <= quote.end),
    ),
  );
  return wrapRanges(0, text.length, outer, (start, end) =>
    wrapRanges(start, end, inner, (from, to) => [textNode(text.slice(from, to))]),
  );
}

/**
 * Renders the text between offsets `from` and `to`: the ranges inside it wrapped, the text
 * between them through `fill`. Ranges must be sorted and disjoint.
 */
function wrapRanges(
  from: number,
  to: number,
  ranges: readonly Range[],
  fill: (start: number, end: number) => ElementContent[],
): ElementContent[] {
  const out: ElementContent[] = [];
  let cursor = from;
  for (const range of ranges) {
    if (range.start < from || range.end > to) continue;
    if (range.start > cursor) out.push(...fill(cursor, range.start));
    out.push(range.wrap(fill(range.start, range.end)));
    cursor = range.end;
  }
  if (cursor < to) out.push(...fill(cursor, to));
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}

/** Drops empty or inverted ranges and clamps the rest to the text. */
function clampRanges(ranges: readonly Range[], length: number): Range[] {
  return ranges
    .map((range) => ({ ...range, start: Math.max(0, range.start), end: Math.min(length, range.end) }))
    .filter((range) => range.start < range.end);
}

/** Sorts by start (longest first on ties) and drops ranges overlapping an earlier kept one. */
function keepDisjoint(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Range[] = [];
  for (const range of sorted) {
    const last = kept.at(-1);
    if (!last || range.start >= last.end) kept.push(range);
  }
  return kept;
}

/** The `<q>` for a quote, titled with its speaker's name (or "speaker unknown"), with the id citations link to. */
function quoteElement(
  quote: DigestQuote,
  actorNames: ReadonlyMap<string, string>,
  children: ElementContent[],
): Element {
  const speaker = quote.speaker === null ? undefined : actorNames.get(quote.speaker);
  return element(
    'q',
    {
      id: quoteAnchor(quote.id),
      className: speaker ? ['quote'] : ['quote', 'quote-unknown'],
      title: speaker ? `Quote by ${speaker}` : 'Quote, speaker unknown',
    },
    children,
  );
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function textNode(value: string): ElementContent {
  return { type: 'text', value };
}
