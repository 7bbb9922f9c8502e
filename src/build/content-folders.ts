/**
 * Where the content is: `content/` below the project root, unless `DIGEST_CONTENT_DIR` names another folder
 * (tests and the benchmark build from folders of their own).
 */

/** The content folder, e.g. `content`. */
export const CONTENT_DIR = (process.env.DIGEST_CONTENT_DIR ?? 'content').replace(/\/$/, '');

/** News articles: `*.md` (front matter optional) and `*.txt` pasted from web pages. */
export const ARTICLES_DIR = `${CONTENT_DIR}/articles`;

/** Editor corrections to actors: `<slug>.md`, the file name being the actor's slug. */
export const ACTORS_DIR = `${CONTENT_DIR}/actors`;
