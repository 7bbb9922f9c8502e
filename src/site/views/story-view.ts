/**
 * What a story's page shows besides its key points and timeline: the sources and the outlets they name, who said
 * what, the claims only one source makes (grouped by that source), who quoted whom, and the sections to navigate.
 */
import type { DigestArticle, KeyPoint, Statement, Story } from '../../engine/digest/schema.ts';
import type { BarInput } from '../render/bar-chart.ts';
import { formatCount } from '../render/format-count.ts';
import type { SiteData } from '../site-data.ts';
import { storyToCoverage, type CoverageMatrix } from './coverage-matrix.ts';
import { articlesToOutletsPhrase } from './source-label.ts';
import { storyToReactions, type Reaction } from './story-reactions.ts';

/** A section of the story page, for its navigation. */
export interface StorySection {
  id: string;
  label: string;
}

/** Everything a story page computes, from the story and the site data. */
export interface StoryView {
  /** The story's sources, oldest first. */
  sources: DigestArticle[];
  /** "From BBC, Reuters and 2 more sources", when the sources name outlets. */
  from?: string;
  description: string;
  /** One per speaker, most prominent first. */
  reactions: Reaction[];
  coverage: CoverageMatrix;
  /** How many of the story's sources quote each speaker of the coverage table. */
  coverageBars: BarInput[];
  /** Claims only one source makes, grouped under that source (in order of each source's first claim). */
  onlyIn: { label: string; points: KeyPoint[] }[];
  /** The sections the page has, in page order (empty ones left out). */
  sections: StorySection[];
  /** Statements carried by more than one source: what the page describes in JSON-LD. */
  sharedStatements: Statement[];
}

/**
 * The view of one story's page.
 *
 * @param story The story.
 * @param data The site data.
 * @example
 * storyToView(story, data).sections.map((s) => s.id) // => ['key-points', 'who-said-what', 'sources', 'coverage']
 */
export function storyToView(story: Story, data: Pick<SiteData, 'actors' | 'articles' | 'quotes' | 'statements' | 'sourceLabels'>): StoryView {
  const sources = story.articles.flatMap((slug) => data.articles.get(slug) ?? []);
  const reactions = storyToReactions(story, data);
  const coverage = storyToCoverage(story, data);
  // The outlets the sources name; the rest are counted, not listed as "Source 2, Source 3".
  const outlets = articlesToOutletsPhrase(sources, 8);
  const onlyIn = new Map<string, KeyPoint[]>();
  for (const point of story.onlyIn) {
    const article = point.citations[0]?.article ?? '';
    const points = onlyIn.get(article);
    if (points) points.push(point);
    else onlyIn.set(article, [point]);
  }
  const sections: (StorySection | false)[] = [
    story.keyPoints.length > 0 && { id: 'key-points', label: 'Key points' },
    reactions.length > 0 && { id: 'who-said-what', label: 'Who said what' },
    story.onlyIn.length > 0 && { id: 'only-in', label: 'Only in one source' },
    { id: 'sources', label: 'Sources' },
    coverage.actors.length > 0 && { id: 'coverage', label: 'Coverage' },
    story.timeline.length > 0 && { id: 'timeline', label: 'Timeline' },
  ];
  return {
    sources,
    from: outlets ? `From ${outlets}` : undefined,
    description: `${story.headline}: what ${formatCount(sources.length, 'source', 'sources')} report, and who said what.`,
    reactions,
    coverage,
    coverageBars: coverage.actors.map((actor, column) => {
      const quoting = coverage.counts.filter((row) => (row[column] ?? 0) > 0).length;
      return { label: actor.name, value: quoting, valueText: `${quoting} of ${formatCount(coverage.sources.length, 'source', 'sources')}` };
    }),
    onlyIn: [...onlyIn].map(([slug, points]) => ({ label: data.sourceLabels.get(slug)?.long ?? slug, points })),
    sections: sections.filter((section) => section !== false),
    sharedStatements: story.statements.flatMap((id) => data.statements.get(id) ?? []).filter((statement) => new Set(statement.articles).size > 1),
  };
}
