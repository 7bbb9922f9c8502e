import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articlesLoader } from './lib/articles-loader.ts';
import { ACTORS_DIR, ARTICLES_DIR } from './lib/content-folders.ts';
import { actorOverrideSchema } from './engine/digest/schema.ts';

/** News articles: `content/articles/*.md` (front matter optional) and `*.txt` pasted from web pages. */
const articles = defineCollection({
  loader: articlesLoader({ base: ARTICLES_DIR }),
});

/** Editor corrections to actors: `content/actors/<slug>.md`; the file name is the actor's slug. */
const actors = defineCollection({
  loader: glob({ pattern: '**/*.md', base: ACTORS_DIR }),
  schema: actorOverrideSchema.omit({ slug: true }),
});

export const collections = { articles, actors };
