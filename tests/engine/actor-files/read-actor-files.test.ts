import { describe, expect, test } from 'vitest';
import { checkActorFiles, readActorFile, readActorFiles } from '../../../src/engine/actor-files/index.ts';
import type { AnalysedArticle } from '../../../src/engine/schema.ts';
import { makeArticle } from '../digest/make-article.ts';

const file = (id: string, text: string) => ({ file: `content/actors/${id}`, id, text });
const fm = (lines: string) => `---\n${lines}\n---\n`;
const articlesNaming = (...names: string[]): AnalysedArticle[] => [makeArticle({ file: 'a.txt', actors: names })];

describe('readActorFile', () => {
  test.each<[string, string, object]>([
    ['a name', 'name: Petr Fiala', { name: 'Petr Fiala' }],
    ['a kind', 'kind: organization', { kind: 'organization' }],
    ['aliases as a block list', 'aliases:\n  - Petr Fialia\n  - P. Fiala', { aliases: ['Petr Fialia', 'P. Fiala'] }],
    ['aliases as a flow list', 'aliases: [Petr Fialia]', { aliases: ['Petr Fialia'] }],
    ['hidden: true', 'hidden: true', { hidden: true }],
    ['a mergeInto slug', 'mergeInto: joe-biden', { mergeInto: 'joe-biden' }],
    ['a role that YAML reads as a number, as written', 'role: 1984', { role: '1984' }],
  ])('keeps %s', (_, lines, fields) => {
    const read = readActorFile(file('petr-fiala.md', fm(lines)));
    expect(read.problems).toEqual([]);
    expect(read.override).toMatchObject({ slug: 'petr-fiala', ...fields });
  });

  test.each<[string, string, number, RegExp, object]>([
    ['hidden as a string', 'name: X\nhidden: "yes"', 3, /'hidden' is "yes", which is not true or false/, { name: 'X', hidden: false }],
    ['aliases as a string', 'aliases: Petr Fialia\nrole: PM', 2, /'aliases' is "Petr Fialia", which is not a list/, { aliases: [], role: 'PM' }],
    ['an unknown kind', 'kind: robot', 2, /'kind' is "robot", which is not a kind of actor/, {}],
    ['a name that is a list', 'name: [a, b]', 2, /'name' is a list, which is not text/, {}],
    ['a mergeInto that is a name, not a slug', 'mergeInto: Joe Biden', 2, /'mergeInto' is "Joe Biden", which is not an actor's slug/, {}],
    ['a slug field', 'slug: ".."', 2, /'slug' is not read, because an actor's slug is its file name/, {}],
    ['an unknown key', 'colour: red', 2, /'colour' is not one an actor file takes/, {}],
  ])('names %s at its line and leaves it out', (_, lines, line, message, kept) => {
    const read = readActorFile(file('petr-fiala.md', fm(lines)));
    expect(read.problems).toEqual([expect.objectContaining({ file: 'content/actors/petr-fiala.md', line, severity: 'error', message: expect.stringMatching(message) })]);
    expect(read.override).toEqual({ slug: 'petr-fiala', aliases: [], hidden: false, ...kept });
  });

  test('suggests the field an unknown key most likely means', () => {
    expect(readActorFile(file('a.md', fm('merge_into: b'))).problems[0]!.fix).toBe("rename it to 'mergeInto'");
  });

  test.each<[string, string, number, RegExp]>([
    ['---js front matter', '---js\n{ name: (function () { return "x"; })() }\n---\n', 1, /marked as "js", and only YAML front matter is read/],
    ['---javascript front matter', '---javascript\n{}\n---\n', 1, /marked as "javascript"/],
    ['---coffee front matter', '--- coffee\nname: "x"\n---\n', 1, /marked as "coffee"/],
    ['TOML front matter', '+++\nname = "x"\n+++\n', 1, /TOML \(\+\+\+\)/],
    ['front matter after a blank line', '\n---\nhidden: true\n---\n', 2, /starts on line 2, after blank lines/],
    ['front matter that is not YAML', '---\nname: [unclosed\n---\n', 2, /not valid YAML .*so this file was not applied/],
    ['front matter that is a list', '---\n- a\n- b\n---\n', 2, /not a list of `name: value` fields, so this file was not applied/],
    ['front matter without a closing line', '---\nname: X\n', 1, /no closing --- line, so this file was not applied/],
    ['a YAML tag that would build a function', '---\nname: !!js/function "function () {}"\n---\n', 2, /not valid YAML/],
  ])('does not apply a file with %s', (_, text, line, message) => {
    const read = readActorFile(file('a.md', text));
    expect(read.override).toBeUndefined();
    expect(read.problems).toEqual([expect.objectContaining({ line, severity: 'error', message: expect.stringMatching(message) })]);
  });

  test.each([
    ['Petr Fiala.md', 'petr-fiala'],
    ['PETR-FIALA.md', 'petr-fiala'],
    ['sub/petr-fiala.md', 'sub-petr-fiala'],
    ['petr--fiala.md', 'petr-fiala'],
    ['..md', 'actor-name'],
  ])('does not apply %j, whose name is not a slug, and suggests %j', (id, suggestion) => {
    const read = readActorFile(file(id, fm('name: X')));
    expect(read.override).toBeUndefined();
    expect(read.problems[0]!.fix).toContain(`rename it to ${suggestion}.md`);
  });

  test('does not apply a file whose name is too long for a page address, and suggests a bounded one', () => {
    const long = `${'a-very-long-actor-name-'.repeat(4)}x`;
    const read = readActorFile(file(`${long}.md`, fm('name: X')));
    expect(read.override).toBeUndefined();
    expect(read.problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/more than the 79 a page address takes/) })]);
    const suggested = /rename it to (\S+)\.md/.exec(read.problems[0]!.fix)![1]!;
    expect(suggested.length).toBeLessThanOrEqual(80);
    expect(readActorFile(file(`${suggested}.md`, fm('name: X'))).problems).toEqual([]);
  });

  test('takes the body as the description, after a BOM and CRLF line ends', () => {
    const read = readActorFile(file('petr-fiala.md', '\ufeff---\r\nname: Petr Fiala\r\n---\r\nPrime Minister since 2021.\r\n'));
    expect(read.problems).toEqual([]);
    expect(read.override).toMatchObject({ name: 'Petr Fiala', description: 'Prime Minister since 2021.' });
  });

  test('warns about an empty field and leaves it out', () => {
    const read = readActorFile(file('a.md', fm('role:')));
    expect(read.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 2, message: "front matter field 'role' is empty, so it was ignored" })]);
  });
});

describe('checkActorFiles', () => {
  const check = (texts: Record<string, string>, articleNames: string[] = []) => {
    const read = Object.entries(texts).map(([id, text]) => readActorFile(file(id, text)));
    return readActorFilesChecked(read, articleNames);
  };
  const readActorFilesChecked = (read: ReturnType<typeof readActorFile>[], names: string[]) => checkActorFiles(read, (key) => names.includes(key));

  test.each<[string, Record<string, string>, string[], { file: string; line: number; message: RegExp }[]]>([
    ['a loop of two', { 'a.md': fm('mergeInto: b'), 'b.md': fm('mergeInto: a') }, [], [
      { file: 'a.md', line: 2, message: /mergeInto makes a loop \(a → b → a\)/ },
      { file: 'b.md', line: 2, message: /mergeInto makes a loop \(a → b → a\)/ },
    ]],
    ['a loop of three, named from its first slug', { 'c.md': fm('mergeInto: a'), 'a.md': fm('mergeInto: b'), 'b.md': fm('mergeInto: c') }, [], [
      { file: 'a.md', line: 2, message: /\(a → b → c → a\)/ },
      { file: 'b.md', line: 2, message: /\(a → b → c → a\)/ },
      { file: 'c.md', line: 2, message: /\(a → b → c → a\)/ },
    ]],
    ['a file merged into itself', { 'a.md': fm('name: A\nmergeInto: a') }, [], [{ file: 'a.md', line: 3, message: /\(a → a\)/ }]],
    ['a missing target', { 'grant-shapps.md': fm('mergeInto: no-such-actor') }, ['grant shapps'], [{ file: 'grant-shapps.md', line: 2, message: /names "no-such-actor", which is neither/ }]],
    ['a name another actor of the articles has', { 'joe-biden.md': fm('name: Emmanuel Macron') }, ['joe biden', 'emmanuel macron'], [
      { file: 'joe-biden.md', line: 2, message: /name "Emmanuel Macron" is the name of another actor found in the articles/ },
    ]],
    ['one alias in two files', { 'a.md': fm('aliases: [The Chancellor]'), 'b.md': fm('aliases: [The Chancellor]') }, [], [
      { file: 'b.md', line: 2, message: /alias "The Chancellor" is also claimed by content\/actors\/a.md:2 \(its alias\)/ },
    ]],
    ['a name that is another file\'s slug', { 'emmanuel-macron.md': fm('role: President'), 'joe-biden.md': fm('name: Emmanuel Macron') }, [], [
      { file: 'joe-biden.md', line: 2, message: /name "Emmanuel Macron" is also claimed by content\/actors\/emmanuel-macron.md:1 \(its file name\)/ },
    ]],
  ])('names %s', (_, texts, names, expected) => {
    const { problems } = check(texts, names);
    expect(problems.map((p) => ({ file: p.file.replace('content/actors/', ''), line: p.line, message: p.message }))).toEqual(
      expected.map((e) => ({ ...e, message: expect.stringMatching(e.message) })),
    );
  });

  test.each<[string, Record<string, string>, string[]]>([
    ['a chain of merges', { 'a.md': fm('mergeInto: b'), 'b.md': fm('mergeInto: c'), 'c.md': fm('name: C') }, []],
    ['a merge into an actor of the articles that has no file', { 'us-president.md': fm('mergeInto: joe-biden') }, ['joe biden']],
    ['a name the articles do not have (a display name)', { 'un.md': fm('name: The United Nations') }, []],
    ['a name the slug already gives', { 'petr-fiala.md': fm('name: Petr Fiala') }, ['petr fiala']],
    ['a name of the articles that the file also lists as an alias', { 'un.md': fm('name: United Nations\naliases: [United Nations]') }, ['united nations', 'un']],
    ['one alias in two files merged into one actor', { 'a.md': fm('aliases: [The Chancellor]'), 'b.md': fm('mergeInto: a\naliases: [The Chancellor]') }, []],
  ])('accepts %s', (_, texts, names) => {
    expect(check(texts, names).problems).toEqual([]);
  });

  test('leaves out only the fields that failed', () => {
    const { overrides } = check({ 'a.md': fm('role: Minister\nmergeInto: a'), 'b.md': fm('aliases: [Minister A, Other]'), 'c.md': fm('aliases: [Minister A]') });
    expect(overrides).toEqual([
      { slug: 'a', role: 'Minister', aliases: [], hidden: false },
      { slug: 'b', aliases: ['Minister A', 'Other'], hidden: false },
      { slug: 'c', aliases: [], hidden: false },
    ]);
  });
});

describe('readActorFiles', () => {
  test('reads the files in path order and checks them against the articles', () => {
    const { overrides, problems } = readActorFiles(
      [file('joe-biden.md', fm('name: Emmanuel Macron')), file('italy.md', '---js\n{}\n---\n')],
      articlesNaming('Emmanuel Macron', 'Joe Biden'),
    );
    expect(overrides).toEqual([{ slug: 'joe-biden', aliases: [], hidden: false }]);
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['content/actors/italy.md', 1],
      ['content/actors/joe-biden.md', 2],
    ]);
  });
});
