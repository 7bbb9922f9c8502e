/**
 * What an actor's page shows: a line of facts, the roles the sources give, the statements (first page) with a
 * chart of when they were first reported, and every other quote grouped by source. Every quote shows once.
 */
import type { DigestActor, DigestArticle, DigestQuote, Statement } from '../../engine/digest/schema.ts';
import type { BarInput } from '../render/bar-chart.ts';
import { formatCount } from '../render/format-count.ts';
import { formatDate } from '../render/format-date.ts';
import { sourcePath } from '../page-urls.ts';
import type { SiteData } from '../site-data.ts';
import { actorToRoles } from './actor-role.ts';
import { actorToStatementPages } from './actor-statement-pages.ts';
import { articleToHeading } from './article-heading.ts';
import { ACTOR_KIND_LABELS } from './labels.ts';
import { statementsToTimeline } from './statement-timeline.ts';

/** A source chip: where it leads and what it says. */
export interface SourceChip {
  href: string;
  label: string;
}

/** The quotes of one source that are in no statement. */
export interface QuotesFromSource {
  href: string;
  /** The source's label, then its heading when the article is known: "BBC: Macron says …". */
  title: string;
  quotes: DigestQuote[];
}

/** Everything an actor's page shows, computed from the actor and the site data. */
export interface ActorView {
  /** "Person", "Organisation", … */
  kindLabel: string;
  /** Roles, longest first, each with the sources that give it. */
  roles: { text: string; sources: SourceChip[] }[];
  /** "Country: France", "Affiliation: …", when known. */
  facts: string[];
  /** Other names the sources use. */
  aliases: string[];
  description: string;
  feedTitle: string;
  /** Every statement, most widely carried first, in pages of `STATEMENTS_PER_PAGE`. */
  statementPages: Statement[][];
  statementCount: number;
  /** The first page of statements, shown on the actor's page. */
  shownStatements: Statement[];
  /** Statements by the day they were first reported, and how many have no known date. */
  timeline: { bars: BarInput[]; undated: number };
  /** The actor's quotes that are in no statement. */
  otherQuotes: DigestQuote[];
  /** The same quotes by source, in the order of the actor's sources; sources without one are left out. */
  quotesBySource: QuotesFromSource[];
}

/**
 * The view of one actor's page. Grouping the quotes by source is one pass over them (a `Map`), so the largest
 * actor pages cost as much as their quotes, not quotes times sources.
 *
 * @param actor An actor with a page.
 * @param data The site data.
 * @example
 * actorToView(macron, data).kindLabel // => 'Person'
 * actorToView(macron, data).quotesBySource.map((g) => g.title) // => ['The Guardian: Macron: nothing ruled out']
 */
export function actorToView(actor: DigestActor, data: Pick<SiteData, 'articles' | 'quotes' | 'statements' | 'sourceLabels'>): ActorView {
  const { articles } = data;
  const sourceLabel = (slug: string) => data.sourceLabels.get(slug)?.long ?? slug;
  const statementPages = actorToStatementPages(actor, data);
  const statements = statementPages.flat();
  // Every quote shows once: inside its statement, or else under "Other quotes" by source.
  const inStatements = new Set(statements.flatMap((statement) => statement.quotes));
  const otherQuotes = actor.quotes.flatMap((id) => data.quotes.get(id) ?? []).filter((quote) => !inStatements.has(quote.id));
  const bySource = new Map<string, DigestQuote[]>();
  for (const quote of otherQuotes) {
    const group = bySource.get(quote.article);
    if (group) group.push(quote);
    else bySource.set(quote.article, [quote]);
  }
  const timeline = statementsToTimeline(statements, articles);
  return {
    kindLabel: ACTOR_KIND_LABELS[actor.kind].one,
    roles: actorToRoles(actor).map((role) => ({ text: role.text, sources: role.articles.map((slug) => ({ href: sourcePath(slug), label: sourceLabel(slug) })) })),
    facts: [actor.country && `Country: ${actor.country}`, actor.affiliation && `Affiliation: ${actor.affiliation}`].filter((fact): fact is string => Boolean(fact)),
    aliases: actor.aliases.filter((alias) => alias !== actor.name),
    description: `${actor.name}: ${formatCount(actor.quotes.length, 'quote', 'quotes')} in ${formatCount(actor.articles.length, 'source', 'sources')}, with links to each source.`,
    feedTitle: `${actor.name}: statements`,
    statementPages,
    statementCount: statements.length,
    shownStatements: statementPages[0] ?? [],
    timeline: {
      bars: timeline.days.map(({ day, count }) => ({ label: formatDate(day) ?? day, value: count, valueText: formatCount(count, 'statement', 'statements') })),
      undated: timeline.undated,
    },
    otherQuotes,
    quotesBySource: actor.articles.flatMap((slug) => {
      const quotes = bySource.get(slug);
      if (!quotes) return [];
      const article: DigestArticle | undefined = articles.get(slug);
      return [{ href: sourcePath(slug), title: `${sourceLabel(slug)}${article ? `: ${articleToHeading(article)}` : ''}`, quotes }];
    }),
  };
}
