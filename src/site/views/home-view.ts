/**
 * What the home page shows: the stories, newest first, as cards; grouped under the day of their latest source
 * once there are many.
 */
import type { Story } from '../../engine/digest/schema.ts';
import { splitSentences } from '../../engine/text/split-sentences.ts';
import { formatDate, isoToDate } from '../render/format-date.ts';
import { storyPath } from '../page-urls.ts';
import type { SiteData } from '../site-data.ts';
import { articlesToOutletsPhrase } from './source-label.ts';

/** From this many stories on, the home page groups them under the day of their latest source. */
export const GROUP_BY_DAY_FROM = 8;

/** One story card. */
export interface StoryCard {
  story: Story;
  href: string;
  /** The outlets the sources name ("BBC, AP and 1 other source"), or `''`. */
  outlets: string;
  /** The first key point; for a story of one source, which has none, its opening sentence. */
  lead?: string;
}

/** Cards under one heading: a day ("27 February 2024", "Date unknown"), or none when the stories are few. */
export interface StoryDay {
  day?: string;
  cards: StoryCard[];
}

/**
 * The story cards of the home page, newest first (then the most sources, then by headline), in days when there
 * are `GROUP_BY_DAY_FROM` stories or more (undated stories last, under "Date unknown").
 *
 * @param data The site data.
 * @example
 * digestToHomeView(data) // => [{ day: undefined, cards: [{ story, href: '/stories/macron-troops/', outlets: 'BBC, The Guardian', lead: '…' }] }]
 */
export function digestToHomeView(data: Pick<SiteData, 'digest' | 'articles'>): StoryDay[] {
  const { articles } = data;
  const time = (iso: string | undefined) => isoToDate(iso)?.getTime() ?? -Infinity;
  const stories = [...data.digest.stories].sort(
    (a, b) => time(b.to ?? b.from) - time(a.to ?? a.from) || b.articles.length - a.articles.length || a.headline.localeCompare(b.headline, 'en'),
  );
  const cards = stories.map((story): StoryCard => {
    const opening = story.keyPoints[0] ? undefined : articles.get(story.articles[0] ?? '')?.paragraphs[0]?.text;
    return {
      story,
      href: storyPath(story.slug),
      outlets: articlesToOutletsPhrase(story.articles.flatMap((slug) => articles.get(slug) ?? [])),
      lead: story.keyPoints[0]?.text ?? (opening ? splitSentences(opening)[0]?.text : undefined),
    };
  });
  if (cards.length < GROUP_BY_DAY_FROM) return cards.length > 0 ? [{ cards }] : [];
  const days = new Map<string, StoryCard[]>();
  for (const card of cards) {
    const day = formatDate((card.story.to ?? card.story.from)?.slice(0, 10)) ?? 'Date unknown';
    const list = days.get(day);
    if (list) list.push(card);
    else days.set(day, [card]);
  }
  return [...days].map(([day, list]) => ({ day, cards: list }));
}
