import { describe, expect, test } from 'vitest';
import { findStrayFrontMatter, readFrontMatter, strayFrontMatterProblem } from '../../../src/engine/ingest/read-front-matter.ts';

describe('readFrontMatter', () => {
  test('reads YAML fields with their lines, and the body after the closing line', () => {
    const read = readFrontMatter('---\ntitle: Hi\n# a comment\nauthor: "Jane: Doe"\n---\nBody.');
    expect(read.data).toEqual({ title: 'Hi', author: 'Jane: Doe' });
    expect(Object.fromEntries(read.keyLines)).toEqual({ title: { line: 2, raw: 'Hi' }, author: { line: 4, raw: '"Jane: Doe"' } });
    expect([read.body, read.bodyLine, read.problems]).toEqual(['Body.', 6, []]);
  });

  test.each([
    ['---js\n{ title: (function () { return "x"; })() }\n---\nBody.'],
    ['---javascript\n{}\n---\n'],
    ['+++\ntitle = "x"\n+++\n'],
    ['\n---\ntitle: x\n---\n'],
    ['No front matter at all.'],
  ])('reads no fields from %j: the whole file is body', (text) => {
    const read = readFrontMatter(text);
    expect(read.data).toBeUndefined();
    expect([read.body, read.bodyLine, read.problems]).toEqual([text, 1, []]);
  });

  test.each([
    ['!!js/function', '---\ntitle: !!js/function "function () { return 1; }"\n---\n', 2],
    ['!!js/regexp', '---\ntitle: !!js/regexp /a/\n---\n', 2],
    ['!!js/undefined', '---\ntitle: ok\nother: !!js/undefined ""\n---\n', 3],
    ['a custom tag', '---\ntitle: !custom x\n---\n', 2],
  ])('refuses %s with an error at its line, using no field', (_, text, line) => {
    const read = readFrontMatter(text);
    expect(read.data).toBeUndefined();
    expect(read.problems).toEqual([expect.objectContaining({ severity: 'error', line, message: expect.stringMatching(/not valid YAML/) })]);
  });
});

describe('findStrayFrontMatter', () => {
  test.each([
    ['---js\n{}\n---\n', { line: 1, kind: 'language', language: 'js' }],
    ['--- javascript\n{}\n---\n', { line: 1, kind: 'language', language: 'javascript' }],
    ['+++\nname = "x"\n+++\n', { line: 1, kind: 'toml' }],
    ['\n\n---\nname: x\n---\n', { line: 3, kind: 'late' }],
    ['\n+++\nname = "x"\n+++\n', { line: 2, kind: 'toml' }],
    ['---\nname: x\n---\n', undefined],
    ['Body text\n---\n', undefined],
    ['', undefined],
  ])('finds %j as %j', (text, expected) => {
    expect(findStrayFrontMatter(text)).toEqual(expected);
  });
});

describe('strayFrontMatterProblem', () => {
  test('says what the front matter is, what became of it, and how to write it', () => {
    expect(strayFrontMatterProblem({ line: 1, kind: 'language', language: 'js' }, 'so these lines were read as article text', 'warning')).toEqual({
      severity: 'warning',
      line: 1,
      message: 'the front matter is marked as "js", and only YAML front matter is read (nothing in a file is ever run), so these lines were read as article text',
      fix: 'start the file with a line of only --- and write the fields as YAML (name: value), then a line of only ---',
    });
  });
});
