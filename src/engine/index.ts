/**
 * The news-digest engine: pure functions from article text to analysis and digest.
 *
 *   decodeText → ingestArticle → analyzeArticle   (per article: processArticle)
 *   readActorFiles                                 (editor corrections, checked against the articles)
 *   buildDigest                                    (across articles)
 *
 * No file system, no clock, no framework: callers read files and adapt the results.
 */
import type { AnalysedArticle, ArticleAnalysis, IngestedArticle } from './schema.ts';
import { ingestArticle } from './ingest/index.ts';
import { analyzeArticle } from './analyze-article.ts';
import { hashText } from './hash-text.ts';

export { decodeText, ingestArticle, articleToMarkdown } from './ingest/index.ts';
export { analyzeArticle } from './analyze-article.ts';
export { buildDigest } from './digest/index.ts';
export { readActorFiles } from './actor-files/index.ts';
export { hashText } from './hash-text.ts';

/**
 * Ingests and analyses one article. Never throws: a failure inside the analysis is reported
 * as an error problem on the article, with its text kept.
 *
 * @param input The file's name (used for its format and in messages) and its decoded text.
 * @example
 * const article = processArticle({ file: 'a.txt', text: '“We will win,” Jane Doe said.' });
 * article.analysis.quotes[0].text // => 'We will win,'
 */
export function processArticle(input: { file: string; text: string }): AnalysedArticle {
  const hash = hashText(input.text);
  let ingested: IngestedArticle;
  try {
    ingested = ingestArticle(input);
  } catch (error) {
    ingested = {
      file: input.file,
      format: /\.(md|markdown)$/i.test(input.file) ? 'markdown' : 'text',
      meta: {},
      inferred: [],
      paragraphs: [],
      removed: [],
      problems: [internalProblem('reading the article', error)],
    };
  }
  let analysis: ArticleAnalysis = { actors: [], quotes: [], dated: [] };
  try {
    analysis = analyzeArticle({
      paragraphs: ingested.paragraphs,
      ...(ingested.meta.title ? { title: ingested.meta.title } : {}),
      ...(ingested.meta.published ? { published: ingested.meta.published } : {}),
    });
  } catch (error) {
    ingested.problems.push(internalProblem('analysing the article', error));
  }
  return { ...ingested, hash, analysis };
}

function internalProblem(stage: string, error: unknown) {
  return {
    severity: 'warning' as const,
    line: 1,
    message: `internal error while ${stage}: ${error instanceof Error ? error.message : String(error)}`,
    fix: 'report this article to the news-digest maintainers; its text is kept as it is',
  };
}
