import { describe, expect, test } from 'vitest';
import type { DigestActor, Statement } from '../../../src/engine/digest/schema.ts';
import { STATEMENTS_PER_PAGE, actorStatementsPath, actorToStatementPages } from '../../../src/site/views/actor-statement-pages.ts';

const statement = (id: string, sources: number) => ({ id, articles: Array.from({ length: sources }, (_, i) => `a${i}`) }) as unknown as Statement;

const pagesOf = (list: Statement[]) =>
  actorToStatementPages({ statements: list.map((s) => s.id) } as unknown as DigestActor, { statements: new Map(list.map((s) => [s.id, s])) });

describe('actorToStatementPages', () => {
  test('puts the most widely carried statements first', () => {
    expect(pagesOf([statement('a', 1), statement('b', 3), statement('c', 2)])[0]!.map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });

  test.each([
    [0, 1],
    [STATEMENTS_PER_PAGE, 1],
    [STATEMENTS_PER_PAGE + 1, 2],
    [STATEMENTS_PER_PAGE * 4, 4],
  ])('cuts %i statements into %i page(s)', (count, pages) => {
    const list = Array.from({ length: count }, (_, i) => statement(`s${String(i).padStart(5, '0')}`, 1));
    expect(pagesOf(list)).toHaveLength(pages);
    expect(pagesOf(list).flat()).toHaveLength(count);
  });
});

describe('actorStatementsPath', () => {
  test.each([
    [1, '/actors/jane-doe/'],
    [2, '/actors/jane-doe/statements/2/'],
  ])('gives page %i the path %s', (page, path) => {
    expect(actorStatementsPath('jane-doe', page)).toBe(path);
  });
});
