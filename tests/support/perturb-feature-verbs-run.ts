/**
 * Writes the perturbed copy of a set of keyed texts (see perturb-feature-verbs.ts):
 *   node --no-warnings tests/support/perturb-feature-verbs-run.ts MODE OUTDIR FILE...
 * Each FILE is written to OUTDIR under its own base name; used by perturb-feature-figures.sh.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { perturbFeatureVerbs, type FeatureVerbMode } from './perturb-feature-verbs.ts';

const [mode, out, ...files] = process.argv.slice(2);
if (!mode || !out || !['present', 'wrote', 'asput', 'words'].includes(mode)) throw new Error('usage: MODE OUTDIR FILE...');
mkdirSync(out, { recursive: true });
for (const f of files) writeFileSync(join(out, basename(f)), perturbFeatureVerbs(readFileSync(f, 'utf8'), mode as FeatureVerbMode));
