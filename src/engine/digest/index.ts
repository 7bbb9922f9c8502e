/**
 * Cross-article digest: from analysed articles to the view data of the whole site.
 *
 *   indexArticles → mergeActors → quotes and mentions → groupStatements → groupStories → findKeyPoints
 *   → buildTimeline → writeStoryHeadline (the story's slug stays that of its first titled source)
 */
import type { AnalysedArticle } from '../schema.ts';
import type { ActorOverride, Digest, DigestArticle, DigestQuote, Mention, Story } from './schema.ts';
import { articleToDisplayTitle, indexArticles } from './01-index-articles.ts';
import { mergeActors } from './02-merge-actors.ts';
import { groupStatements } from './03-group-statements.ts';
import { groupStories } from './04-group-stories.ts';
import { findKeyPoints } from './05-find-key-points.ts';
import { buildTimeline } from './06-build-timeline.ts';
import { writeStoryHeadline } from './07-write-story-headline.ts';
import { hashText } from '../hash-text.ts';
import { nameToSlug } from '../text/name-to-slug.ts';
import { assignSlugs } from '../text/assign-slugs.ts';
import { groupBy } from '../text/group-by.ts';
import { createTextMemory } from '../text/text-memory.ts';
import { createContentTermReader } from '../text/normalise-terms.ts';

export { nameKey } from './02-merge-actors.ts';

/**
 * Builds the digest of a set of analysed articles: one actor per entity, statements grouped across
 * outlets, stories with key points. Pure and deterministic: the same articles give the same digest.
 *
 * @param articles Analysed articles (any order).
 * @param overrides Editor corrections from `content/actors/`.
 * @example
 * const digest = buildDigest([processArticle({ file: 'a.md', text })]);
 * digest.actors.map((a) => a.slug) // => ['emmanuel-macron', …]
 */
export function buildDigest(articles: readonly AnalysedArticle[], overrides: readonly ActorOverride[] = []): Digest {
  const indexed = indexArticles(articles);
  const merged = mergeActors(indexed, overrides);
  const actorBySlug = new Map(merged.actors.map((a) => [a.slug, a]));

  const quotes: DigestQuote[] = [];
  const mentionsOf = new Map<string, Mention[]>();
  const actorsOf = new Map<string, string[]>();
  for (const { slug, article } of indexed) {
    article.analysis.quotes.forEach((q, n) => {
      quotes.push({
        id: `${slug}-q${n + 1}`,
        article: slug,
        paragraph: q.span.paragraph,
        start: q.span.start,
        end: q.span.end,
        text: q.text,
        speaker: q.speaker === null ? null : merged.resolve(slug, q.speaker),
        cue: q.cue,
        ...(q.verb ? { verb: q.verb } : {}),
        partial: q.partial,
        statement: null,
      });
    });
    const mentions: Mention[] = [];
    const actorSlugs = new Set<string>();
    for (const actor of article.analysis.actors) {
      const target = merged.resolve(slug, actor.id);
      if (target === null) continue;
      actorSlugs.add(target);
      for (const m of actor.mentions) mentions.push({ actor: target, paragraph: m.paragraph, start: m.start, end: m.end });
    }
    mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
    mentionsOf.set(slug, mentions);
    actorsOf.set(slug, [...actorSlugs].sort());
  }

  const dates = new Map<string, string>();
  for (const { slug, article } of indexed) if (article.meta.published) dates.set(slug, article.meta.published);
  // One reader for every stage: the same words recur in quotes and stories, and each is looked up once.
  const readContentTerms = createContentTermReader();
  const { statements, statementOf } = groupStatements(quotes, dates, { readContentTerms });
  for (const q of quotes) {
    q.statement = statementOf.get(q.id) ?? null;
    if (q.speaker) actorBySlug.get(q.speaker)?.quotes.push(q.id);
  }
  for (const s of statements) actorBySlug.get(s.speaker)?.statements.push(s.id);

  const quotesByArticle = groupBy(quotes, (q) => q.article);
  const statementsByArticle = new Map<string, string[]>();
  for (const st of statements) {
    for (const a of st.articles) {
      const list = statementsByArticle.get(a);
      if (list) list.push(st.id);
      else statementsByArticle.set(a, [st.id]);
    }
  }

  const groups = groupStories(
    indexed.map(({ slug, article }) => ({
      slug,
      text: [article.meta.title ?? '', ...article.paragraphs.map((p) => p.text)].join('\n'),
      actors: (actorsOf.get(slug) ?? []).filter((a) => actorBySlug.get(a)?.kind !== 'place' && actorBySlug.get(a)?.kind !== 'outlet'),
      ...(article.meta.published ? { published: article.meta.published } : {}),
    })),
    { readContentTerms },
  );
  const bySlug = new Map(indexed.map((x) => [x.slug, x]));
  const storyOf = new Map<string, string>();
  const drafts = groups.map((members) => {
    const ordered = [...members].sort((a, b) => compareDates(dates.get(a), dates.get(b)) || (a < b ? -1 : 1));
    return { ordered, headline: chooseHeadline(ordered.map((slug) => bySlug.get(slug)!.article)) };
  });
  const storySlugs = assignStorySlugs(drafts, dates);
  const stories: Story[] = drafts.map(({ ordered, headline: title }) => {
    const storyQuotes = ordered.flatMap((a) => quotesByArticle.get(a) ?? []);
    const storyStatements = [...new Set(ordered.flatMap((a) => statementsByArticle.get(a) ?? []))].sort();
    const slug = storySlugs.get(ordered[0]!)!;
    for (const a of ordered) storyOf.set(a, slug);
    // Key points and timeline read the same sentences; what they convert is kept for this story only.
    const memory = createTextMemory(readContentTerms);
    const headline =
      writeStoryHeadline(
        ordered.map((a) => bySlug.get(a)!.article).map((article) => ({ ...(article.meta.title ? { title: article.meta.title } : {}), paragraphs: article.paragraphs })),
        memory,
      ) ?? title;
    const known = ordered.map((a) => dates.get(a)).filter((d): d is string => d !== undefined).sort();
    const { keyPoints, onlyIn } = findKeyPoints(
      ordered.map((s) => ({ slug: s, paragraphs: bySlug.get(s)!.article.paragraphs })),
      { memory },
    );
    return {
      slug,
      headline,
      articles: ordered,
      ...(known[0] ? { from: known[0], to: known.at(-1)! } : {}),
      // Outlets a story's articles cite are sources, not actors of the story.
      actors: rankActors(ordered, storyQuotes, mentionsOf).filter((a) => actorBySlug.get(a)?.kind !== 'outlet'),
      keyPoints,
      onlyIn,
      timeline: buildTimeline(
        ordered.map((s) => ({ slug: s, published: dates.get(s), paragraphs: bySlug.get(s)!.article.paragraphs, dated: bySlug.get(s)!.article.analysis.dated })),
        { memory },
      ),
      statements: storyStatements,
      quotes: storyQuotes.map((q) => q.id),
      version: hashText(ordered.map((a) => bySlug.get(a)!.article.hash).sort().join(',')),
    };
  });
  // Newest first; undated stories last.
  stories.sort((a, b) => (a.to === undefined ? 1 : 0) - (b.to === undefined ? 1 : 0) || compareDates(b.to, a.to) || (a.slug < b.slug ? -1 : 1));

  const digestArticles: DigestArticle[] = indexed.map(({ slug, article, duplicates, duplicateSources, reprints, reprintOf }) => ({
    slug,
    file: article.file,
    hash: article.hash,
    format: article.format,
    displayTitle: articleToDisplayTitle(article),
    meta: article.meta,
    inferred: article.inferred,
    paragraphs: article.paragraphs,
    removed: article.removed,
    problems: article.problems,
    quotes: (quotesByArticle.get(slug) ?? []).map((q) => q.id),
    actors: actorsOf.get(slug) ?? [],
    mentions: mentionsOf.get(slug) ?? [],
    story: storyOf.get(slug)!,
    duplicates,
    ...(duplicateSources.length > 0 ? { duplicateSources } : {}),
    ...(reprints.length > 0 ? { reprints } : {}),
    ...(reprintOf ? { reprintOf } : {}),
  }));
  return { articles: digestArticles, actors: merged.actors, quotes, statements, stories };
}

/** Undated sorts after dated; dates compare as ISO strings. */
function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/**
 * Story slugs from the first nine words of their headlines. Of stories whose headlines give one slug, the
 * one that began first (by its first article's date, then that article's slug) keeps it; the others carry a
 * hash of their first article, never a count of the stories before them.
 *
 * @returns Slug by the story's first article.
 */
function assignStorySlugs(drafts: readonly { ordered: readonly string[]; headline: string }[], dates: ReadonlyMap<string, string>): Map<string, string> {
  const claims = drafts.map(({ ordered, headline }) => ({ key: ordered[0]!, slug: nameToSlug(headline.split(/\s+/).slice(0, 9).join(' ')), plain: true }));
  claims.sort((a, b) => compareDates(dates.get(a.key), dates.get(b.key)) || (a.key < b.key ? -1 : 1));
  return assignSlugs(claims);
}

function chooseHeadline(articles: readonly AnalysedArticle[]): string {
  const titled = articles.find((a) => a.meta.title);
  return titled?.meta.title ?? articleToDisplayTitle(articles[0]!);
}

function rankActors(articles: readonly string[], quotes: readonly DigestQuote[], mentionsOf: ReadonlyMap<string, Mention[]>): string[] {
  const score = new Map<string, number>();
  for (const q of quotes) if (q.speaker) score.set(q.speaker, (score.get(q.speaker) ?? 0) + 10);
  for (const a of articles) for (const m of mentionsOf.get(a) ?? []) score.set(m.actor, (score.get(m.actor) ?? 0) + 1);
  return [...score.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([slug]) => slug);
}
