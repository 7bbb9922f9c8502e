import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articlesLoader } from './lib/articles-loader.ts';
import { actorOverrideSchema } from './engine/digest/schema.ts';

/** The content folder: `content/` unless DIGEST_CONTENT_DIR names another (tests build from fixture folders). */
const contentDir = (process.env.DIGEST_CONTENT_DIR ?? 'content').replace(/\/$/, '');

/** News articles: `content/articles/*.md` (front matter optional) and `*.txt` pasted from web pages. */
const articles = defineCollection({
  loader: articlesLoader({ base: `${contentDir}/articles` }),
});

/** Editor corrections to actors: `content/actors/<slug>.md`; the file name is the actor's slug. */
const actors = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${contentDir}/actors` }),
  schema: actorOverrideSchema.omit({ slug: true }),
});

export const collections = { articles, actors };
