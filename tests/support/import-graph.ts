/**
 * Reads the imports of a source tree (TypeScript, `.mjs` and the front matter and bundled scripts of `.astro`
 * files; type-only imports and re-exports included) into a graph, and finds its cycles. The architecture test
 * checks the project's layout with it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/** One import of one file. */
export interface ImportEdge {
  /** The importing file, relative to the tree's root, e.g. `site/views/source-index.ts`. */
  from: string;
  /** The specifier as written, e.g. `../site-data.ts` or `node:fs`. */
  specifier: string;
  /** For a relative specifier, the imported file relative to the root (`../x` when outside it); otherwise undefined. */
  to?: string;
}

/**
 * The module code of a source file: all of a `.ts`/`.mjs` file; for an `.astro` file its front matter (between
 * the first two `---` lines) and the bodies of the `<script>` tags that Astro bundles (not `is:inline` ones).
 *
 * @example
 * moduleCodeOf('A.astro', "---\nimport X from './X.astro';\n---\n<p/>") // => "\nimport X from './X.astro';\n"
 */
export function moduleCodeOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontMatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bis:inline\b/.test(m[1]!)).map((m) => m[2]!);
  return ['', frontMatter, ...scripts, ''].join('\n');
}

/**
 * The imports of one file's module code: static, type-only, dynamic `import()` and `export … from`.
 *
 * @param file The file's path relative to the root (used to resolve relative specifiers).
 * @example
 * importsOf('site/a.ts', "import type { B } from './b.ts'; import { readFile } from 'node:fs/promises';")
 * // => [{ from: 'site/a.ts', specifier: './b.ts', to: 'site/b.ts' }, { from: 'site/a.ts', specifier: 'node:fs/promises' }]
 */
export function importsOf(file: string, code: string): ImportEdge[] {
  return ts.preProcessFile(code, true, true).importedFiles.map(({ fileName: specifier }) =>
    specifier.startsWith('.') ? { from: file, specifier, to: join(dirname(file), specifier) } : { from: file, specifier },
  );
}

/**
 * Every import of every source file under `root` (`.ts`, `.mjs`, `.astro`), in a stable order.
 *
 * @example
 * (await readImportGraph('src')).find((e) => e.from === 'content.config.ts')?.specifier // => 'astro:content'
 */
export async function readImportGraph(root: string): Promise<ImportEdge[]> {
  const files = (await readdir(root, { recursive: true })).filter((f) => /\.(ts|mjs|astro)$/.test(f)).sort();
  const edges: ImportEdge[] = [];
  for (const file of files) edges.push(...importsOf(file, moduleCodeOf(file, await readFile(resolve(root, file), 'utf8'))));
  return edges;
}

/**
 * The cycles of a graph: each strongly connected component with more than one file, or a file importing itself,
 * as its files in sorted order (Tarjan's algorithm, iterative so that deep graphs do not overflow the stack).
 *
 * @example
 * findCycles([{ from: 'a.ts', specifier: './b.ts', to: 'b.ts' }, { from: 'b.ts', specifier: './a.ts', to: 'a.ts' }]) // => [['a.ts', 'b.ts']]
 */
export function findCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, []);
    if (to !== undefined) next.get(from)!.push(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const start of [...next.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work.at(-1)!;
      const targets = next.get(frame.node) ?? [];
      if (frame.i < targets.length) {
        const target = targets[frame.i++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, i: 0 });
        } else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || targets.includes(frame.node)) cycles.push(component.sort());
    }
  }
  return cycles;
}
