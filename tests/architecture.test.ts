/**
 * The layout of src/ as a rule the tests hold: every import read from the source (type-only imports count),
 * no cycle, no Node or Astro in the pure rooms, and imports only along the arrows
 * engine ← build, site ← astro ← pages (cli may use engine, build and site).
 */
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from './support/build-site.ts';
import { findCycles, importsOf, moduleCodeOf, readImportGraph, type ImportEdge } from './support/import-graph.ts';

/** Which rooms each room of src/ may import from (besides packages). `content` is `src/content.config.ts`. */
const ARROWS: Record<string, readonly string[]> = {
  engine: ['engine'],
  build: ['engine', 'build'],
  site: ['engine', 'site'],
  astro: ['engine', 'build', 'site', 'astro'],
  content: ['astro', 'build'],
  layouts: ['engine', 'site', 'astro', 'components', 'layouts', 'styles'],
  components: ['engine', 'site', 'astro', 'components', 'layouts', 'styles'],
  pages: ['engine', 'site', 'astro', 'components', 'layouts', 'styles'],
  cli: ['engine', 'build', 'site', 'cli'],
};

/** Rooms that run anywhere: plain data in, plain data out. */
const PURE = ['engine', 'site'];

/** The room of a path relative to src/: its first folder, `content` for the content config, `outside` above src/. */
const roomOf = (path: string) => (path.startsWith('..') ? 'outside' : path.includes('/') ? path.split('/')[0]! : path.replace(/\.config\.ts$|\.ts$/, ''));

/** A specifier that brings in Node or Astro: `node:…`, a Node built-in without the prefix, `astro:…`, `astro`, `astro/…`. */
const NODE_BUILTINS = new Set(builtinModules);
const isNodeOrAstro = (specifier: string) =>
  /^(node|astro):/.test(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]!) || specifier === 'astro' || specifier.startsWith('astro/');

const show = (e: ImportEdge) => `src/${e.from} imports '${e.specifier}'`;

let edges: ImportEdge[];
beforeAll(async () => {
  edges = await readImportGraph(join(projectRoot, 'src'));
});

describe('the imports of src/', () => {
  test('are read from every room, type-only imports and .astro front matter included', () => {
    for (const room of Object.keys(ARROWS)) expect(edges.some((e) => roomOf(e.from) === room), room).toBe(true);
    expect(edges.some((e) => e.from.endsWith('.astro') && e.to?.startsWith('astro/'))).toBe(true);
  });

  test('form no cycle', () => {
    expect(findCycles(edges)).toEqual([]);
  });

  test('bring no Node and no Astro into src/engine/ and src/site/', () => {
    const found = edges.filter((e) => PURE.includes(roomOf(e.from)) && isNodeOrAstro(e.specifier));
    expect(found.map(show)).toEqual([]);
  });

  test('follow the arrows: engine ← build, site ← astro ← pages; cli uses engine, build and site', () => {
    const local = edges.filter((e) => e.to !== undefined);
    expect(local.length).toBeGreaterThan(100);
    const against = local.filter((e) => !(ARROWS[roomOf(e.from)] ?? []).includes(roomOf(e.to!)));
    expect(against.map(show)).toEqual([]);
  });

  test('come from rooms the arrows name', () => {
    const unknown = [...new Set(edges.map((e) => roomOf(e.from)))].filter((room) => !(room in ARROWS));
    expect(unknown).toEqual([]);
  });
});

/** Dependencies that no code imports, and what uses them instead. */
const NOT_IMPORTED: Record<string, string> = {
  '@astrojs/check': '`astro check`, which `npm run build` runs first',
  '@types/node': 'the types of `node:` imports',
  node: 'Node 24, on which every npm script runs (Astro 7 needs Node 22.12 or later)',
  pagefind: '`pagefind --site dist`, which `npm run build` runs last',
};

/** The package a bare specifier names: `@astrojs/rss` for `@astrojs/rss`, `hast-util-select` for `hast-util-select/x`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('the dependencies in package.json', () => {
  test('are each imported by src/, tests/ or a config file, or named with what uses them', async () => {
    const pkg = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const declared = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    const used = new Set<string>();
    for (const root of ['src', 'tests']) for (const e of await readImportGraph(join(projectRoot, root))) if (!e.to) used.add(packageOf(e.specifier));
    for (const file of ['astro.config.mjs', 'vitest.config.ts', 'tests/support/browser.ts']) {
      const text = await readFile(join(projectRoot, file), 'utf8');
      for (const e of importsOf(file, text)) if (!e.to) used.add(packageOf(e.specifier));
      // Files read from a package (axe-core's script, injected into the page under test).
      for (const m of text.matchAll(/require\.resolve\('([^']+)'\)/g)) used.add(packageOf(m[1]!));
    }
    expect(used.has('astro')).toBe(true);
    expect(declared.filter((name) => !used.has(name) && !(name in NOT_IMPORTED))).toEqual([]);
    expect(Object.keys(NOT_IMPORTED).filter((name) => used.has(name) || !declared.includes(name))).toEqual([]);
  });
});

describe('moduleCodeOf', () => {
  test.each([
    ['a TypeScript file whole', 'a.ts', "import x from './x.ts';", "import x from './x.ts';"],
    ['the front matter of an .astro file', 'A.astro', "---\nimport X from './X.astro';\n---\n<X />", "\nimport X from './X.astro';\n"],
    ['a bundled script of an .astro file', 'A.astro', "---\n---\n<script>import './s.ts';</script>", "\n\nimport './s.ts';\n"],
    ['nothing of an inline script', 'A.astro', "---\n---\n<script is:inline>import('/p.js');</script>", '\n\n'],
  ])('keeps %s', (_, file, text, code) => {
    expect(moduleCodeOf(file, text)).toBe(code);
  });
});

describe('importsOf', () => {
  test.each([
    ['a type-only import', "import type { A } from './a.ts';", 'site/a.ts'],
    ['a re-export', "export { A } from './a.ts';", 'site/a.ts'],
    ['a dynamic import', "const a = await import('./a.ts');", 'site/a.ts'],
    ['an import from a parent folder', "import { A } from '../engine/a.ts';", 'engine/a.ts'],
  ])('resolves %s relative to the file', (_, code, to) => {
    expect(importsOf('site/b.ts', code).map((e) => e.to)).toEqual([to]);
  });

  test('keeps a package specifier as written, with no file', () => {
    expect(importsOf('site/b.ts', "import { readFile } from 'node:fs/promises';")).toEqual([{ from: 'site/b.ts', specifier: 'node:fs/promises' }]);
  });
});

describe('findCycles', () => {
  const edge = (from: string, to: string): ImportEdge => ({ from, specifier: to, to });
  test.each([
    ['a chain', [edge('a', 'b'), edge('b', 'c')], []],
    ['two files importing each other', [edge('a', 'b'), edge('b', 'a')], [['a', 'b']]],
    ['a file importing itself', [edge('a', 'a')], [['a']]],
    ['a long loop beside a chain', [edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')], [['a', 'b', 'c']]],
    ['a diamond', [edge('a', 'b'), edge('a', 'c'), edge('b', 'd'), edge('c', 'd')], []],
  ])('finds the cycles of %s', (_, edges, cycles) => {
    expect(findCycles(edges)).toEqual(cycles);
  });
});

describe('roomOf', () => {
  test.each([
    ['site/views/source-index.ts', 'site'],
    ['content.config.ts', 'content'],
    ['../tests/support/x.ts', 'outside'],
    ['pages/sources/[slug].astro', 'pages'],
  ])('puts %s in %s', (path, room) => {
    expect(roomOf(path)).toBe(room);
  });
});
