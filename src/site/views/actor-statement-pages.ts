/**
 * An actor's statements, most widely carried first, split into pages so that an actor quoted thousands of
 * times still gets pages of a readable size.
 */
import type { DigestActor, Statement } from '../../engine/digest/schema.ts';
import type { SiteData } from '../site-data.ts';
import { actorPath } from '../page-urls.ts';

/** Statements shown on one page. */
export const STATEMENTS_PER_PAGE = 50;

/**
 * The actor's statements sorted by how many sources carried them (then by id), in pages.
 *
 * @example
 * actorToStatementPages(actor, data).length // => 3 for an actor with 120 statements
 */
export function actorToStatementPages(actor: DigestActor, data: Pick<SiteData, 'statements'>): Statement[][] {
  const sorted = actor.statements
    .flatMap((id) => data.statements.get(id) ?? [])
    .sort((a, b) => new Set(b.articles).size - new Set(a.articles).size || (a.id < b.id ? -1 : 1));
  const pages: Statement[][] = [];
  for (let i = 0; i < sorted.length; i += STATEMENTS_PER_PAGE) pages.push(sorted.slice(i, i + STATEMENTS_PER_PAGE));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Path of a page of an actor's statements (page 1 is the actor's own page).
 *
 * @example
 * actorStatementsPath('emmanuel-macron', 1) // => '/actors/emmanuel-macron/'
 * actorStatementsPath('emmanuel-macron', 2) // => '/actors/emmanuel-macron/statements/2/'
 */
export function actorStatementsPath(slug: string, page: number): string {
  return page <= 1 ? actorPath(slug) : `${actorPath(slug)}statements/${page}/`;
}
