import type { DigestQuote, Statement, Variant } from './schema.ts';
import { createTextMemory, type TextMemory } from '../text/text-memory.ts';
import { createUnionFind } from '../text/union-find.ts';

/** Options for {@link groupStatements}. */
export interface GroupStatementsOptions {
  /** Share of the shorter quote's content terms that the longer must contain. Default 0.6. */
  minContainment?: number;
  /** Content terms two quotes must share to group on containment. Default 3. */
  minSharedTerms?: number;
  /** Length of a contiguous run of terms that groups two quotes on its own. Default 2. */
  minRun?: number;
  /** Reader of content terms, shared with other stages so that each distinct word is looked up once. Default: a new one. */
  readContentTerms?: (words: readonly string[]) => string[];
}

/**
 * Groups quotes by the same speaker that are the same remark: verbatim copies, excerpts of one another,
 * and translation or paraphrase variants ("nothing should be excluded" / "nothing should be ruled out").
 *
 * Two quotes match when the shorter one's terms appear as a contiguous run in the longer
 * (after mapping variants to one term), or when most of the shorter one's content terms appear in the longer.
 * Groups are joined only when every quote of one matches every quote of the other: a short excerpt
 * ("no ground troops") that two different occasions share does not chain them into one statement.
 * Candidates come from an index of content terms, so cost grows with the quotes that share words, not with all pairs.
 *
 * @param quotes Quotes with digest-wide speakers; quotes with no speaker are ignored.
 * @param articleDates Publication date (ISO) per article slug, where known.
 * @returns Statements, and for each quote id its statement id.
 * @example
 * // Three articles quoting "no consensus" by the same speaker give one statement with three articles.
 */
export function groupStatements(
  quotes: readonly DigestQuote[],
  articleDates: ReadonlyMap<string, string>,
  options: GroupStatementsOptions = {},
): { statements: Statement[]; statementOf: Map<string, string> } {
  const minContainment = options.minContainment ?? 0.6;
  const minSharedTerms = options.minSharedTerms ?? 3;
  const minRun = options.minRun ?? 2;
  const bySpeaker = new Map<string, DigestQuote[]>();
  for (const q of quotes) {
    if (q.speaker === null) continue;
    const list = bySpeaker.get(q.speaker) ?? [];
    list.push(q);
    bySpeaker.set(q.speaker, list);
  }
  // Outlets quote the same words: each distinct quote is read once.
  const memory = createTextMemory(options.readContentTerms);
  const statements: Statement[] = [];
  const statementOf = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const speaker of [...bySpeaker.keys()].sort()) {
    const list = bySpeaker.get(speaker)!;
    const terms = list.map((q) => memory.terms(q.text));
    const sets = createUnionFind(list.length);
    // Identical wordings are one remark; only one of them (the first) is compared with the others.
    const firstOf = new Map<string, number>();
    const representatives: number[] = [];
    terms.forEach((t, i) => {
      const key = t.join(' ');
      const first = firstOf.get(key);
      if (first === undefined) {
        firstOf.set(key, i);
        representatives.push(i);
      } else sets.union(first, i);
    });
    const content = new Map(representatives.map((i) => [i, memory.contentTerms(list[i]!.text)]));
    const index = new Map<string, number[]>();
    for (const i of representatives) {
      for (const term of content.get(i)!) {
        const posting = index.get(term) ?? [];
        posting.push(i);
        index.set(term, posting);
      }
    }
    // The representatives in each group so far, by the group's root.
    const membersOf = new Map<number, number[]>(representatives.map((i) => [sets.find(i), [i]]));
    const matches = (x: number, y: number) => sameRemark(terms[x]!, terms[y]!, content.get(x)!, content.get(y)!, minContainment, minSharedTerms, minRun);
    const join = (i: number, j: number): void => {
      const [ri, rj] = [sets.find(i), sets.find(j)];
      if (ri === rj) return;
      const [a, b] = [membersOf.get(ri)!, membersOf.get(rj)!];
      for (const x of a) for (const y of b) if ((x !== i || y !== j) && !matches(x, y)) return;
      sets.union(i, j);
      membersOf.delete(ri);
      membersOf.delete(rj);
      membersOf.set(sets.find(i), [...a, ...b]);
    };
    // Each later quote sharing a term is compared once, in the order a set of them would keep.
    const seen = new Uint8Array(list.length);
    const candidates: number[] = [];
    for (const i of representatives) {
      for (const term of content.get(i)!) {
        for (const j of index.get(term)!) {
          if (j > i && seen[j] === 0) {
            seen[j] = 1;
            candidates.push(j);
          }
        }
      }
      for (const j of candidates) {
        seen[j] = 0;
        if (matches(i, j)) join(i, j);
      }
      candidates.length = 0;
    }
    for (const members of sets.groups()) {
      const group = members.map((i) => list[i]!);
      const statement = toStatement(speaker, group, articleDates, usedIds, memory);
      statements.push(statement);
      for (const q of group) statementOf.set(q.id, statement.id);
    }
  }
  return { statements, statementOf };
}

function sameRemark(
  a: readonly string[],
  b: readonly string[],
  ca: ReadonlySet<string>,
  cb: ReadonlySet<string>,
  minContainment: number,
  minSharedTerms: number,
  minRun: number,
): boolean {
  const [shortTerms, longTerms] = a.length <= b.length ? [a, b] : [b, a];
  if (shortTerms.length >= minRun && containsRun(longTerms, shortTerms)) return true;
  const [small, large] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  if (small.size === 0) return false;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared >= minSharedTerms && shared / small.size >= minContainment;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

function toStatement(
  speaker: string,
  group: readonly DigestQuote[],
  articleDates: ReadonlyMap<string, string>,
  usedIds: Set<string>,
  memory: TextMemory,
): Statement {
  const variantsByText = new Map<string, Variant>();
  for (const q of group) {
    const key = memory.words(q.text).join(' ');
    const variant = variantsByText.get(key) ?? { text: q.text.trim(), quotes: [], articles: [] };
    variant.quotes.push(q.id);
    if (!variant.articles.includes(q.article)) variant.articles.push(q.article);
    variantsByText.set(key, variant);
  }
  const variants = [...variantsByText.values()].sort(
    (x, y) => y.articles.length - x.articles.length || y.text.length - x.text.length || (x.text < y.text ? -1 : 1),
  );
  const fullest = [...variants].sort((x, y) => y.text.length - x.text.length || (x.text < y.text ? -1 : 1))[0]!;
  const articles = [...new Set(group.map((q) => q.article))].sort();
  const dated = articles.filter((a) => articleDates.has(a)).sort((x, y) => (articleDates.get(x)! < articleDates.get(y)! ? -1 : 1));
  const base = `${speaker}--${memory.words(fullest.text).slice(0, 6).join('-').replace(/'/g, '')}`;
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  usedIds.add(id);
  return {
    id,
    speaker,
    text: fullest.text,
    quotes: group.map((q) => q.id),
    articles,
    ...(dated[0] ? { earliest: dated[0] } : {}),
    variants,
    wordingDiffers: variants.length > 1,
  };
}
