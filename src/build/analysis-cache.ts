/**
 * Where analysed articles live between builds and on their way from the content loader to the pages.
 *
 * Astro's content store holds one small entry per article (its content digest). The analyses themselves
 * are kept in one JSON file in Astro's cache folder, keyed by that digest, and handed to the pages of the
 * same build in memory (`src/astro/build-handoff.ts`). Astro serialises its whole store several times per build (to disk, and into the
 * build as a module) with devalue, which walks every character in JavaScript; at 5,000 articles that
 * cost more than the rest of a rebuild after one added article. `JSON.parse` and `JSON.stringify` are
 * native and read or write the same file in a fraction of that time.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { AnalysedArticle } from '../engine/schema.ts';

/** Names the format of the cache file; the loader keys analyses on it, so changing it redoes them. */
export const ANALYSIS_CACHE_FORMAT = 'news-digest-analyses-1';

/** An article's entry in Astro's content store: the digest its analysis is cached under. */
export const articleEntrySchema = z.object({
  analysis: z.string().describe('Digest of the article file (and of the engine) that its analysis is cached under.'),
});

/** The entry's data as stored. */
export type ArticleEntryData = z.infer<typeof articleEntrySchema>;

/**
 * Reads the cache file: analyses by digest. A missing or unreadable file is an empty cache.
 *
 * @example
 * const cached = await readAnalysisCache('/work/main/node_modules/.astro/news-digest/analyses.json');
 * cached.get('a1b2…')?.file // => 'macron-troops.md'
 */
export async function readAnalysisCache(file: string): Promise<Map<string, AnalysedArticle>> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { format?: string; analyses?: Record<string, AnalysedArticle> };
    if (parsed.format !== ANALYSIS_CACHE_FORMAT || typeof parsed.analyses !== 'object' || parsed.analyses === null) return new Map();
    return new Map(Object.entries(parsed.analyses));
  } catch {
    return new Map();
  }
}

/**
 * Writes the cache file (through a temporary file, so that an interrupted build leaves the old one).
 *
 * @example
 * await writeAnalysisCache(file, new Map([['a1b2…', article]]));
 */
export async function writeAnalysisCache(file: string, analyses: ReadonlyMap<string, AnalysedArticle>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  await writeFile(temporary, JSON.stringify({ format: ANALYSIS_CACHE_FORMAT, analyses: Object.fromEntries(analyses) }));
  await rename(temporary, file);
}
