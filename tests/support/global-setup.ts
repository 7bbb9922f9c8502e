import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './build-site.ts';
import { join } from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of a build of the project's default content. */
    defaultSite: string;
  }
}

/** Builds the default content once; tests read it with `inject('defaultSite')`. */
export default async function setup(project: TestProject): Promise<void> {
  const { outDir } = await buildSite(join(projectRoot, 'content'));
  project.provide('defaultSite', outDir);
}
