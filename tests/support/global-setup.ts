import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, indexSite, projectRoot } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of a build of the project's default content, with its Pagefind index (as `npm run build` makes it). */
    defaultSite: string;
  }
}

/** Builds the default content once, and its search index; tests read it with `inject('defaultSite')`. */
export default async function setup(project: TestProject): Promise<void> {
  const { outDir } = await buildSite(join(projectRoot, 'content'));
  await indexSite(outDir);
  project.provide('defaultSite', outDir);
}
