/**
 * A bare Astro site for the benchmark's baseline: one page per Markdown article, an index and an RSS feed,
 * no analysis. Written into a folder inside the project so that it resolves the project's node_modules.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://baseline.example', trailingSlash: 'always', build: { format: 'directory' } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: './articles' }) }) };
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const articles = (await getCollection('articles')).sort((a, b) => (a.id < b.id ? -1 : 1));
---
<html lang="en"><head><meta charset="utf-8"><title>Articles</title></head>
<body><h1>Articles</h1><ul>{articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{String(a.data.title ?? a.id)}</a></li>)}</ul></body></html>
`,
  'src/pages/articles/[id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{String(entry.data.title ?? entry.id)}</title></head>
<body><article><h1>{String(entry.data.title ?? entry.id)}</h1><Content /></article></body></html>
`,
  'src/pages/rss.xml.js': `import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
export async function GET(context) {
  const articles = await getCollection('articles');
  return rss({ title: 'Articles', description: 'Baseline', site: context.site,
    items: articles.map((a) => ({ title: String(a.data.title ?? a.id), link: \`/articles/\${a.id}/\` })) });
}
`,
};

/**
 * Writes the baseline site's source files into `dir` (articles go into `dir/articles`).
 *
 * @example
 * await writeBaselineSite('/work/main/.cache/bench/baseline')
 */
export async function writeBaselineSite(dir: string): Promise<void> {
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await mkdir(join(dir, 'articles'), { recursive: true });
}
