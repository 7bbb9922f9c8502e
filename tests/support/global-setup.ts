import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of a build of the project's default content, with its Pagefind index (as `npm run build` makes it). */
    defaultSite: string;
  }
}

/** Builds the default content once, and its search index; tests read it with `inject('defaultSite')`. */
export default async function setup(project: TestProject): Promise<void> {
  const { outDir } = await buildSite(join(projectRoot, 'content'));
  await promisify(execFile)(join(projectRoot, 'node_modules/.bin/pagefind'), ['--site', outDir], { cwd: projectRoot });
  project.provide('defaultSite', outDir);
}
