/**
 * Which of a story's claims no other source reports: the test behind "only in".
 */
import type { TextMemory } from '../text/text-memory.ts';

/** A claim or a sentence of a story, with the article (by position) it comes from. */
export interface StorySentence {
  article: number;
  text: string;
}

/** Options for {@link findUniqueClaims}. */
export interface FindUniqueClaimsOptions {
  /** Content terms a claim and another source's sentence must share to report the same fact. Default 3. */
  minShared?: number;
  /** Share of the claim's content terms that, once found in one sentence of another source, make it reported there. Default 0.33. */
  claimCovered?: number;
  /** Share of another source's sentence found in the claim that makes the claim report that sentence's fact. Default 0.33. */
  sentenceCovered?: number;
}

/**
 * Keeps the claims whose fact no other source of the story reports.
 *
 * A claim counts as reported by another source when one sentence (or quote) of that source shares at
 * least `minShared` content terms with it, one of them not used by most of the story's articles (the
 * story's subject, "Ukraine" or "troops", says nothing about whether two sentences report the same
 * fact), and the shared terms make up `claimCovered` of the claim or `sentenceCovered` of the other
 * sentence. The second test catches a long claim that packs in a fact another source states on its
 * own ("Macron said there was no consensus …, as he claimed …" and "Macron said there was no
 * consensus on sending soldiers"). A figure shared with one more word ("40,000 commuters", "25-mile
 * detour") is enough on its own. Content terms are normalised words with synonyms folded, so the
 * same fact in other words ("ruled out sending troops", "ruled out deploying ground troops") is found.
 * Erring on the side of "reported elsewhere" is deliberate: "only in" must be true.
 *
 * @param claims Candidate claims, each from one article (by position).
 * @param sentences Every sentence of the story's articles, short ones included.
 * @param articleCount How many articles the story has.
 * @param memory Content terms of a text.
 * @returns The claims (in their order) that no other article reports.
 * @example
 * findUniqueClaims(
 *   [{ article: 0, text: 'Nato countries have ruled out sending troops to Ukraine.' }],
 *   [{ article: 1, text: 'Several Nato countries ruled out deploying ground troops to Ukraine.' }],
 *   2, memory,
 * ) // => []
 */
export function findUniqueClaims<T extends StorySentence>(
  claims: readonly T[],
  sentences: readonly StorySentence[],
  articleCount: number,
  memory: Pick<TextMemory, 'contentTerms'>,
  options: FindUniqueClaimsOptions = {},
): T[] {
  return claims.filter(createUniqueClaimTest(sentences, articleCount, memory, options));
}

/**
 * The test behind {@link findUniqueClaims}, with the story's sentences indexed once, for callers that
 * stop at the first few claims that pass.
 *
 * @returns Whether no other article reports a claim.
 * @example
 * const isUnique = createUniqueClaimTest(sentences, 2, memory);
 * isUnique({ article: 0, text: 'Ukraine lost the city of Avdiivka last week.' }) // => true
 */
export function createUniqueClaimTest(
  sentences: readonly StorySentence[],
  articleCount: number,
  memory: Pick<TextMemory, 'contentTerms'>,
  options: FindUniqueClaimsOptions = {},
): (claim: StorySentence) => boolean {
  const { minShared = 3, claimCovered = 0.33, sentenceCovered = 0.33 } = options;
  const articlesOf = new Map<string, Set<number>>();
  const sentencesWith = new Map<string, number[]>();
  const termsOf = sentences.map((sentence, i) => {
    const terms = memory.contentTerms(sentence.text);
    for (const term of terms) {
      const articles = articlesOf.get(term);
      if (articles) articles.add(sentence.article);
      else articlesOf.set(term, new Set([sentence.article]));
      const list = sentencesWith.get(term);
      if (list) list.push(i);
      else sentencesWith.set(term, [i]);
    }
    return terms;
  });
  const common = Math.max(2, articleCount / 2);
  const isTelling = (term: string): boolean => (articlesOf.get(term)?.size ?? 0) <= common;
  // A figure ("40,000", "25-mile") is a fact of its own: sharing one and a word besides is reporting it.
  const isFigure = (term: string): boolean => /^\d+$/u.test(term) && !/^0+$|^\d$/u.test(term);
  return (claim) => {
    const terms = memory.contentTerms(claim.text);
    const shared = new Map<number, { count: number; telling: boolean; figure: boolean }>();
    for (const term of terms) {
      for (const i of sentencesWith.get(term) ?? []) {
        if (sentences[i]!.article === claim.article) continue;
        const entry = shared.get(i) ?? { count: 0, telling: false, figure: false };
        entry.count++;
        entry.telling ||= isTelling(term);
        entry.figure ||= isFigure(term);
        shared.set(i, entry);
      }
    }
    for (const [i, { count, telling, figure }] of shared) {
      if (figure && count >= 2) return false;
      if (count < minShared || (!telling && count < minShared + 1)) continue;
      if (count / terms.size >= claimCovered || count / termsOf[i]!.size >= sentenceCovered) return false;
    }
    return true;
  };
}
