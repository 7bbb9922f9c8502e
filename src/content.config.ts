import { defineCollection } from 'astro:content';
import { actorsLoader } from './astro/actors-loader.ts';
import { articlesLoader } from './astro/articles-loader.ts';
import { ACTORS_DIR, ARTICLES_DIR } from './build/content-folders.ts';

/** News articles: `content/articles/*.md` (front matter optional) and `*.txt` pasted from web pages. */
const articles = defineCollection({
  loader: articlesLoader({ base: ARTICLES_DIR }),
});

/**
 * Editor corrections to actors: `content/actors/<slug>.md`; the file name is the actor's slug. The loader
 * reads and checks the files with the engine's `readActorFiles`, as `digest check` does, and stores the
 * fields that passed.
 */
const actors = defineCollection({
  loader: actorsLoader({ base: ACTORS_DIR }),
});

export const collections = { articles, actors };
