/**
 * Writes perturbed copies of article files: `node tests/support/perturb-sites-files.ts OUTDIR FILE…` (see
 * perturb-sites.sh). Each FILE's text goes through `perturbSites` and lands in OUTDIR under the same base name.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { perturbSites } from './perturb-sites.ts';

const [outDir, ...files] = process.argv.slice(2);
mkdirSync(outDir!, { recursive: true });
for (const file of files) writeFileSync(join(outDir!, basename(file)), perturbSites(readFileSync(file, 'utf8')));
