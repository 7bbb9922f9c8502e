/**
 * Perturbation check (slow; not run by `npm test`): rewrites every keyed development text by one perturbation of
 * `perturb-cues.ts`, analyses the originals and the rewritten texts with this tree's engine, and prints the scorer's
 * attributed F1 / wrong / null of each set for both.
 *
 *   node --no-warnings tests/support/perturb-cues-run.ts adverb|tense [OUTDIR]
 *
 * ONLY=REGEX limits the run to the sets whose name matches. Keys and texts are read from $KEYS (default /work/keys) and $SHARED (default /work/shared), as all-figures.sh does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { perturbText, type Perturbation } from './perturb-cues.ts';

const kind = (process.argv[2] ?? 'adverb') as Perturbation;
const outDir = process.argv[3] ?? `/tmp/perturb-${kind}`;
const K = process.env['KEYS'] ?? '/work/keys';
const S = process.env['SHARED'] ?? '/work/shared';
const M = 'tests/fixtures';

const SETS: [name: string, gold: string, dir: string][] = [
  ['wikinews-dev', `${S}/realnews/wikinews/wikinews.gold.json`, `${S}/realnews/wikinews/articles`],
  ['bbc-dev-46', `${K}/bbc-dev.gold.json`, `${K}/bbc/dev`],
  ['bbc-heldout-12', `${K}/bbc-heldout.gold.json`, `${K}/bbc/heldout`],
  ['wikinews-extra-16', `${K}/wnx.gold.json`, `${K}/wikinews-extra`],
  ['heldout2-bbc-41', `${K}/h2-bbc.gold.json`, `${K}/heldout2/bbc`],
  ['heldout2-wikinews-14', `${K}/h2-wn.gold.json`, `${K}/heldout2/wikinews`],
  ['engine-corpus', `${K}/fx-engine-corpus.gold.json`, `${M}/engine-corpus`],
  ['engine-heldout', `${K}/fx-engine-heldout.gold.json`, `${M}/engine-heldout`],
  ['engine-unseen-2', `${K}/fx-engine-unseen-2.gold.json`, `${M}/engine-unseen-2`],
  ['heldout3-wikinews-30', `${K}/heldout3/h3-wn.gold.json`, `${K}/heldout3/wn`],
  ['heldout3-globalvoices-12', `${K}/heldout3/h3-gv.gold.json`, `${K}/heldout3/pd`],
  ['heldout4-wikinews-12', `${K}/heldout4/h4-wn.gold.json`, `${K}/heldout4/wn`],
  ['heldout4-bbc-10', `${K}/heldout4/h4-bbc.gold.json`, `${K}/heldout4/bbc`],
  ['heldout4-globalvoices-9', `${K}/heldout4/h4-gv.gold.json`, `${K}/heldout4/gv`],
  ['heldout5-wikinews-8', `${K}/h5dev/h5-wn.gold.json`, `${K}/h5dev/wn`],
  ['heldout5-bbc-10', `${K}/h5dev/h5-bbc.gold.json`, `${K}/h5dev/bbc`],
  ['heldout5-conversation-7', `${K}/h5dev/h5-x3.gold.json`, `${K}/h5dev/x3`],
];

interface Figures {
  f1: string;
  wrong: number;
  nul: number;
  verbose: string;
}

function score(gold: string, files: string[], predPath: string): Figures {
  const json = execFileSync(process.execPath, ['--no-warnings', 'src/cli/main.ts', 'analyze', ...files, '--json'], { maxBuffer: 1 << 28, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  writeFileSync(predPath, json);
  const verbose = execFileSync(process.execPath, [`${S}/gold/score.mjs`, '--gold', gold, '--pred', predPath, '--verbose'], { encoding: 'utf8' });
  const f1 = /^attributed_f1: (.*)$/m.exec(verbose)?.[1] ?? '?';
  return { f1, wrong: (verbose.match(/given to "/g) ?? []).length, nul: (verbose.match(/given to null/g) ?? []).length, verbose };
}

const total = { changes: 0, wrongBefore: 0, nullBefore: 0, wrongAfter: 0, nullAfter: 0 };
console.log(`| set | places rewritten | F1 before | F1 after | wrong before | wrong after | null before | null after |`);
console.log(`|---|---|---|---|---|---|---|---|`);
const only = process.env['ONLY'] ? new RegExp(process.env['ONLY']) : undefined;
for (const [name, gold, dir] of SETS) {
  if (only && !only.test(name)) continue;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt')).sort().map((f) => join(dir, f));
  const target = join(outDir, name);
  mkdirSync(target, { recursive: true });
  let changes = 0;
  const rewritten = files.map((f) => {
    const p = perturbText(readFileSync(f, 'utf8'), kind);
    changes += p.changes;
    const to = join(target, basename(f));
    writeFileSync(to, p.text);
    return to;
  });
  const before = score(gold, files, join(outDir, `${name}.before.json`));
  const after = score(gold, rewritten, join(outDir, `${name}.after.json`));
  writeFileSync(join(outDir, `${name}.before.txt`), before.verbose);
  writeFileSync(join(outDir, `${name}.after.txt`), after.verbose);
  total.changes += changes;
  total.wrongBefore += before.wrong;
  total.nullBefore += before.nul;
  total.wrongAfter += after.wrong;
  total.nullAfter += after.nul;
  console.log(`| ${name} | ${changes} | ${before.f1} | ${after.f1} | ${before.wrong} | ${after.wrong} | ${before.nul} | ${after.nul} |`);
}
console.log(`| ALL | ${total.changes} | | | ${total.wrongBefore} | ${total.wrongAfter} | ${total.nullBefore} | ${total.nullAfter} |`);
