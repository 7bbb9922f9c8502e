import type { AnalysedArticle } from '../schema.ts';
import type { DuplicateSource } from './schema.ts';
import { hashText } from '../hash-text.ts';
import { textToWordHashes } from '../text/fold-text.ts';
import { nameToSlug } from '../text/name-to-slug.ts';
import { assignSlugs, type SlugClaim } from '../text/assign-slugs.ts';
import { stripInvisibleControls } from '../text/strip-invisible-controls.ts';
import { createUnionFind } from '../text/union-find.ts';
import { sortedJaccard } from '../text/jaccard.ts';

/** An analysed article with the slug it is published under. */
export interface IndexedArticle {
  slug: string;
  article: AnalysedArticle;
  /** Slugs of other files whose paragraphs are the same text (dropped from the digest, listed here). */
  duplicates: string[];
  /** Where each of those files came from, in the order of `duplicates`. */
  duplicateSources: DuplicateSource[];
  /** Slugs of published articles carrying the same copy with small edits (see {@link findReprints}). */
  reprints: string[];
  /** The earliest article of its reprint group, when this article is a later reprint. */
  reprintOf?: string;
}

/** Options of {@link findReprints}; the defaults suit news copy. */
export interface ReprintOptions {
  /** Words per shingle. Default 5: long enough that shared shingles mean shared sentences. */
  shingleWords?: number;
  /** Least Jaccard similarity of the two texts' shingle sets. Default 0.8. */
  threshold?: number;
  /** Texts with fewer shingles are never reprints: a few shared words prove nothing. Default 8. */
  minShingles?: number;
  /** Size of each text's sketch (its smallest shingle hashes), through which candidates are found. Default 64. */
  sketchSize?: number;
}

/**
 * Gives every article a unique slug from its file name alone ({@link fileToSlugClaim}),
 * folds exact duplicates (same paragraphs) into one article, and marks reprints: articles whose
 * texts are near-duplicates (wire copy run by several outlets with small edits).
 *
 * Of a set of exact duplicates, the one published first (then the first by file name) is kept; the
 * others are listed in its `duplicates` and `duplicateSources`. Reprints stay published, each
 * listing the others in `reprints`; all but the earliest of a group name it in `reprintOf`.
 *
 * @param articles Analysed articles in any order.
 * @returns Articles to publish, sorted by file name.
 * @example
 * indexArticles([a('b.md'), a('a.txt')]).map((x) => x.slug) // => ['a-e3bf6d', 'b']
 */
export function indexArticles(articles: readonly AnalysedArticle[]): IndexedArticle[] {
  const sorted = [...articles].sort((x, y) => compareStrings(x.file, y.file));
  const slugs = assignSlugs(sorted.map((article) => fileToSlugClaim(article.file)));
  const slugged = sorted.map((article) => ({
    slug: slugs.get(article.file)!,
    article,
    // The paragraphs joined, read by both the duplicate and the reprint checks.
    text: article.paragraphs.map((p) => p.text).join('\n'),
  }));

  // Exact duplicates: the same paragraphs, whatever the front matter says.
  const byText = new Map<string, { slug: string; article: AnalysedArticle }[]>();
  for (const item of slugged) {
    const key = item.article.paragraphs.length > 0 ? hashText(item.text) : `empty:${item.slug}`;
    const group = byText.get(key);
    if (group) group.push(item);
    else byText.set(key, [item]);
  }
  const kept = new Map<string, IndexedArticle>();
  for (const group of byText.values()) {
    const [first, ...others] = [...group].sort((x, y) => compareByDate(x.article, y.article) || compareStrings(x.article.file, y.article.file));
    kept.set(first!.slug, {
      slug: first!.slug,
      article: first!.article,
      duplicates: others.map((o) => o.slug),
      duplicateSources: others.map((o) => articleToDuplicateSource(o.slug, o.article)),
      reprints: [],
    });
  }
  const out: IndexedArticle[] = [];
  const texts: string[] = [];
  for (const { slug, text } of slugged) {
    const item = kept.get(slug);
    if (item === undefined) continue;
    out.push(item);
    texts.push(text);
  }

  // Reprints: near-duplicate texts among the articles kept.
  const groups = findReprints(texts);
  for (const group of groups) {
    const members = group.map((i) => out[i]!);
    const earliest = [...members].sort((x, y) => compareByDate(x.article, y.article) || compareStrings(x.article.file, y.article.file))[0]!;
    for (const member of members) {
      member.reprints = members.filter((m) => m !== member).map((m) => m.slug);
      if (member !== earliest) member.reprintOf = earliest.slug;
    }
  }
  return out;
}

/**
 * Finds groups of near-duplicate texts: texts whose sets of word shingles (runs of `shingleWords`
 * folded words) have a Jaccard similarity of at least `threshold`, linked transitively.
 *
 * Candidates come from an index of each text's sketch (its `sketchSize` smallest shingle hashes):
 * two texts with a high Jaccard similarity share most of their smallest hashes, so only texts that
 * share one are compared, never all pairs. Hashes shared by very many texts are left out of the
 * index, so that cost stays about linear in the number of texts.
 *
 * @param texts The texts, e.g. each article's paragraphs joined.
 * @param options See {@link ReprintOptions}.
 * @returns Groups of two or more indexes into `texts`, each sorted, ordered by their first index.
 * @example
 * findReprints([wire, wireWithTwoWordsChanged, unrelated]) // => [[0, 1]]
 */
export function findReprints(texts: readonly string[], options: ReprintOptions = {}): number[][] {
  const { shingleWords = 5, threshold = 0.8, minShingles = 8, sketchSize = 64 } = options;
  const shingles = texts.map((text) => textToShingles(text, shingleWords));
  const index = new Map<number, number[]>();
  const sets = createUnionFind(texts.length);
  // A hash shared by many texts says nothing about near-duplicates (reprint groups are small); capping its list keeps cost linear.
  const maxPostings = 64;
  // How many sketch hashes each earlier text shares with the current one, and which earlier texts those are.
  const shared = new Int32Array(texts.length);
  const sharing: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const own = shingles[i]!;
    if (own.length < minShingles) continue;
    const sketch = own.subarray(0, sketchSize);
    for (const hash of sketch) {
      const postings = index.get(hash);
      if (!postings) index.set(hash, [i]);
      else if (postings.length < maxPostings) {
        for (const j of postings) if (shared[j]!++ === 0) sharing.push(j);
        postings.push(i);
      }
    }
    // Near-duplicates share most sketch hashes, so only texts sharing at least half the share the threshold
    // implies get the exact comparison.
    const needed = Math.max(1, Math.floor(sketch.length * threshold * 0.5));
    const close = sharing.filter((j) => shared[j]! >= needed).sort((x, y) => x - y);
    for (const j of sharing) shared[j] = 0;
    sharing.length = 0;
    for (const j of close) if (sets.find(i) !== sets.find(j) && sortedJaccard(own, shingles[j]!) >= threshold) sets.union(i, j);
  }
  return sets.groups().filter((group) => group.length > 1);
}

/** The distinct 32-bit hashes of a text's word shingles (FNV-1a over the folded words), ascending. */
function textToShingles(text: string, size: number): Uint32Array {
  const words = textToWordHashes(text);
  const out = new Uint32Array(Math.max(0, words.length - size + 1));
  for (let i = 0; i + size <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + size; k++) h = Math.imul(h ^ words[k]!, 0x01000193);
    out[i] = h >>> 0;
  }
  out.sort();
  let distinct = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[distinct++] = out[i]!;
  return out.subarray(0, distinct);
}

/**
 * The slug an article file claims, from its name alone: a file named `<slug>.md` at the top of the articles
 * folder (as `digest add` writes them) may have its slug as it is; any other name (another extension,
 * capitals, spaces, accents, a subfolder, a name cut for length) always carries a hash of its path, so that
 * `same-name.md`, `Same Name.md`, `same_name.md` and `same-name.txt` each keep one address whether or not
 * the others exist.
 *
 * @param file The article's file name, relative to the articles folder.
 * @example
 * fileToSlugClaim('same-name.md') // => { key: 'same-name.md', slug: 'same-name', plain: true }
 * fileToSlugClaim('Same Name.txt') // => { key: 'Same Name.txt', slug: 'same-name', plain: false }
 */
export function fileToSlugClaim(file: string): SlugClaim {
  const slug = nameToSlug(file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
  return { key: file, slug, plain: file === `${slug}.md` };
}

function articleToDuplicateSource(slug: string, article: AnalysedArticle): DuplicateSource {
  const { outlet, author, published, url } = article.meta;
  return {
    slug,
    file: article.file,
    ...(outlet ? { outlet } : {}),
    ...(author ? { author } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
  };
}

/** Dated before undated, earlier dates first (ISO strings compare as dates). */
function compareByDate(a: AnalysedArticle, b: AnalysedArticle): number {
  const x = a.meta.published;
  const y = b.meta.published;
  if (x === y) return 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return compareStrings(x, y);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  const lead = stripInvisibleControls(article.paragraphs[0]?.text ?? '');
  const words = lead.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'Untitled article';
  return words.length <= 16 ? lead : `${words.slice(0, 14).join(' ')}…`;
}
