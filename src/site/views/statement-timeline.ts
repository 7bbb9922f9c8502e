/**
 * When an actor's statements were first reported, by day: the data of the actor page's chart.
 * Only known dates count; statements without a dated source are counted apart, never placed.
 */
import type { DigestArticle, Statement } from '../../engine/digest/schema.ts';
import { isoToDate } from '../render/format-date.ts';

/** Statements first reported on one day (UTC). */
export interface StatementDay {
  /** `YYYY-MM-DD`. */
  day: string;
  count: number;
}

/** Statements by day, oldest first, and how many have no known date. */
export interface StatementTimeline {
  days: StatementDay[];
  undated: number;
}

/**
 * Counts statements by the day their earliest dated source was published.
 *
 * @param statements The actor's statements.
 * @param articles Articles by slug.
 * @returns Days with at least one statement, oldest first, and the number of undated statements.
 * @example
 * statementsToTimeline([{ earliest: 'bbc', … }, { earliest: undefined, … }], articles)
 * // => { days: [{ day: '2024-02-27', count: 1 }], undated: 1 }
 */
export function statementsToTimeline(statements: readonly Statement[], articles: ReadonlyMap<string, DigestArticle>): StatementTimeline {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const statement of statements) {
    const day = statementToDay(statement, articles);
    if (day === undefined) undated += 1;
    else counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const days = [...counts].map(([day, count]) => ({ day, count })).sort((a, b) => a.day.localeCompare(b.day));
  return { days, undated };
}

/** The UTC day of the statement's earliest dated source, if any source is dated. */
function statementToDay(statement: Statement, articles: ReadonlyMap<string, DigestArticle>): string | undefined {
  const slugs = statement.earliest ? [statement.earliest] : statement.articles;
  const times = slugs.flatMap((slug) => isoToDate(articles.get(slug)?.meta.published)?.getTime() ?? []);
  return times.length === 0 ? undefined : new Date(times.reduce((least, t) => Math.min(least, t), Infinity)).toISOString().slice(0, 10);
}
