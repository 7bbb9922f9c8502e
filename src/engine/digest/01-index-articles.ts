import type { AnalysedArticle } from '../schema.ts';
import { hashText } from '../hash-text.ts';
import { nameToSlug } from '../text/name-to-slug.ts';

/** An analysed article with the slug it is published under. */
export interface IndexedArticle {
  slug: string;
  article: AnalysedArticle;
  /** Slugs of later files whose paragraphs are the same text (dropped from the digest, listed here). */
  duplicates: string[];
}

/**
 * Gives every article a unique slug from its file name (in file-name order, so slugs are stable)
 * and folds exact duplicates (same paragraphs) into the first file that carries them.
 *
 * @param articles Analysed articles in any order.
 * @returns Articles to publish, sorted by file name.
 * @example
 * indexArticles([a('b.md'), a('a.txt')]).map((x) => x.slug) // => ['a', 'b']
 */
export function indexArticles(articles: readonly AnalysedArticle[]): IndexedArticle[] {
  const sorted = [...articles].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  const used = new Set<string>();
  const byText = new Map<string, IndexedArticle>();
  const out: IndexedArticle[] = [];
  for (const article of sorted) {
    const base = nameToSlug(article.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    const textKey = hashText(article.paragraphs.map((p) => p.text).join('\n'));
    const first = article.paragraphs.length > 0 ? byText.get(textKey) : undefined;
    if (first) {
      first.duplicates.push(slug);
      continue;
    }
    const indexed: IndexedArticle = { slug, article, duplicates: [] };
    byText.set(textKey, indexed);
    out.push(indexed);
  }
  return out;
}

/**
 * The headline to show for an article: its title, or the opening words of its first paragraph.
 *
 * @example
 * articleToDisplayTitle({ meta: {}, paragraphs: [{ index: 0, line: 1, text: 'Several NATO countries, including the US, have ruled out deploying troops.' }] })
 * // => 'Several NATO countries, including the US, have ruled out deploying troops.'
 */
export function articleToDisplayTitle(article: Pick<AnalysedArticle, 'meta' | 'paragraphs'>): string {
  if (article.meta.title) return article.meta.title;
  const lead = article.paragraphs[0]?.text ?? '';
  const words = lead.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'Untitled article';
  return words.length <= 16 ? lead : `${words.slice(0, 14).join(' ')}…`;
}
