/**
 * Starts analysing the articles as `astro build` starts, before Astro runs the content loader: the worker
 * threads then analyse on the other cores while Astro loads its configuration, starts Vite and generates
 * types, and the articles loader takes over the run (`src/lib/build-handoff.ts`) instead of starting one.
 * Only `astro build`: `astro dev` and `astro sync` load the content themselves, when they need it.
 */
import type { AstroIntegration } from 'astro';
import { startAnalysisRun } from '../lib/analysis-run.ts';
import { publishEarlyAnalysis } from '../lib/build-handoff.ts';
import { ARTICLES_DIR } from '../lib/content-folders.ts';

/**
 * The integration.
 *
 * @example
 * defineConfig({ integrations: [earlyAnalysis()] })
 */
export function earlyAnalysis(): AstroIntegration {
  return {
    name: 'news-digest-early-analysis',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const run = startAnalysisRun({ base: ARTICLES_DIR, cacheDir: config.cacheDir, root: config.root });
        // A failure is the loader's to report, when it takes the run over.
        run.outcome.catch(() => {});
        publishEarlyAnalysis(run);
      },
    },
  };
}
