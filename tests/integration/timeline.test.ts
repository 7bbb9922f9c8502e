import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readPage } from '../support/build-site.ts';
import { $, $$, hrefOf, parseHtml, textOf } from '../support/html.ts';

const site = () => inject('defaultSite');

interface ExportedEvent {
  date: string;
  precision: 'day' | 'week';
  text: string;
  citations: { article: string; paragraph: number; url: string }[];
}

/** The default content's one story, as `/digest.json` lists it. */
async function readStory(): Promise<{ url: string; timeline: ExportedEvent[] }> {
  const document = JSON.parse(await readFile(join(site(), 'digest.json'), 'utf8')) as { stories: { url: string; timeline: ExportedEvent[] }[] };
  expect(document.stories).toHaveLength(1);
  return document.stories[0]!;
}

describe('the story timeline', () => {
  let story: { url: string; timeline: ExportedEvent[] };
  let page: Root;
  beforeAll(async () => {
    story = await readStory();
    page = parseHtml(await readPage(site(), new URL(story.url).pathname));
  });

  // Only one seed article is dated (Tuesday 27 Feb 2024), so every event comes from it.
  test('dates the events of the one dated article, resolving "on Monday" to 26 Feb 2024', () => {
    expect(story.timeline.length).toBeGreaterThan(0);
    expect(new Set(story.timeline.flatMap((e) => e.citations.map((c) => c.article)))).toEqual(new Set(['world-leaders-reject-macrons-plan-to-send-nato']));
    const monday = story.timeline.filter((e) => e.date === '2024-02-26');
    expect(monday.some((e) => /on Monday/.test(e.text))).toBe(true);
    expect(story.timeline.some((e) => e.date === '2024-02-27' && /on Tuesday/.test(e.text))).toBe(true);
  });

  test('invents no dates for the undated articles', () => {
    expect(story.timeline.some((e) => /Avdiivka|Avidiivka|a day after/.test(e.text))).toBe(false);
  });

  test('lists the events oldest first in /digest.json', () => {
    const dates = story.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  test('shows an ordered list of events with a time, the text and citations to paragraphs that exist', async () => {
    const section = $(page, 'main section[aria-labelledby="timeline"]');
    expect(section).toBeDefined();
    expect(textOf($(section!, 'h2#timeline')!)).toBe('Timeline');
    const items = $$(section!, 'ol > li');
    expect(items).toHaveLength(story.timeline.length);
    const sources = new Map<string, Root>();
    for (const [i, li] of items.entries()) {
      const event = story.timeline[i]!;
      expect($(li, 'time')?.properties.dateTime).toBe(event.date);
      expect(textOf(li)).toContain(event.text);
      const links = $$(li, 'a[href^="/sources/"]');
      expect(links.map(hrefOf)).toEqual(event.citations.map((c) => `/sources/${c.article}/#p-${c.paragraph}`));
      for (const link of links) {
        const [path, id] = hrefOf(link).split('#') as [string, string];
        if (!sources.has(path)) sources.set(path, parseHtml(await readPage(site(), path)));
        expect($(sources.get(path)!, `[id="${id}"]`), hrefOf(link)).toBeDefined();
      }
    }
    expect(textOf($(section!, 'time')!)).toBe('26 Feb 2024');
  });

  test('needs no script', () => {
    const section = $(page, 'main section[aria-labelledby="timeline"]')!;
    expect($$(section, 'script')).toHaveLength(0);
  });
});
