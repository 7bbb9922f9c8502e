/**
 * The build's verdict on the content files, once the articles and the actor files are both read: a strict
 * build (`DIGEST_ON_ERROR=fail`, the default) stops with one report naming every bad file of both folders;
 * a lenient one (`skip`) goes on and lists what it left out as warnings. Each problem is printed as
 * `digest check` prints it.
 */
import type { FileProblem } from '../engine/schema.ts';
import { formatProblem } from './list-content-files.ts';

/** What the build does about its content problems. */
export interface ContentReport {
  /** The message to stop the build with, when it must stop. */
  error?: string;
  /** Lines to print as warnings. */
  warnings: string[];
}

/**
 * Turns the problems of the content files into the build's verdict.
 *
 * @param problems `articles`: the errors of the articles that cannot be published (a lenient build has listed
 *   them already, so it passes none); `actors`: every problem of the actor files.
 * @param onError `fail` or `skip`.
 * @example
 * contentToReport({ articles: [], actors: [{ file: 'content/actors/a.md', line: 2, severity: 'error', message: 'mergeInto makes a loop (a → a), so it was ignored', fix: '…' }] }, 'skip')
 * // => { warnings: ['applied 1 actor file(s) in part or not at all (DIGEST_ON_ERROR=skip):\ncontent/actors/a.md:2: warning: mergeInto makes a loop (a → a), so it was ignored. Fix: …'] }
 */
export function contentToReport(problems: { articles: readonly FileProblem[]; actors: readonly FileProblem[] }, onError: 'fail' | 'skip'): ContentReport {
  const articleErrors = problems.articles.filter((p) => p.severity === 'error');
  const actorErrors = problems.actors.filter((p) => p.severity === 'error');
  const actorWarnings = problems.actors.filter((p) => p.severity === 'warning');
  const files = (list: readonly FileProblem[]) => new Set(list.map((p) => p.file)).size;
  const lines = (list: readonly FileProblem[]) => list.map(formatProblem).join('\n');
  if (onError === 'skip') {
    if (problems.actors.length === 0) return { warnings: [] };
    const asWarnings = problems.actors.map((p) => ({ ...p, severity: 'warning' as const }));
    return { warnings: [`applied ${files(problems.actors)} actor file(s) in part or not at all (DIGEST_ON_ERROR=skip):\n${lines(asWarnings)}`] };
  }
  const warnings = actorWarnings.length > 0 ? [lines(actorWarnings)] : [];
  if (articleErrors.length === 0 && actorErrors.length === 0) return { warnings };
  const parts = [
    ...(articleErrors.length > 0 ? [`${files(articleErrors)} article file(s) cannot be published:\n${lines(articleErrors)}`] : []),
    ...(actorErrors.length > 0 ? [`${files(actorErrors)} actor file(s) cannot be applied as written:\n${lines(actorErrors)}`] : []),
  ];
  return {
    error: `${parts.join('\n')}\nFix them, or build with DIGEST_ON_ERROR=skip to publish the other articles and actor fields and list these.`,
    warnings,
  };
}
