/**
 * The `scare` rewrite of `npm run perturb` (src/cli/perturb/scare.ts): quotation marks that quote nobody, put into
 * narration; the engine should list none of them as a quote and keep every speaker.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/engine/analyze-article.ts';
import { FORMS, perturbScare, scareQuotes, setOff, type Form } from '../../../src/cli/perturb/scare.ts';

const LINE = 'The council approved the reform of the harbour fees on Monday evening.';

describe('setOff', () => {
  test.each<[Form, string, string]>([
    ['so-called', LINE, 'The council approved the so-called “reform” of the harbour fees on Monday evening.'],
    ['scare', LINE, 'The council approved the “reform” of the harbour fees on Monday evening.'],
    ['scare-adjective', 'Workers left the temporary camp near the river bank.', 'Workers left the “temporary” camp near the river bank.'],
    ['term', LINE, 'The council approved the reform, to use the term “reform”, of the harbour fees on Monday evening.'],
    ['known-as', LINE, 'The council approved the reform of the harbour fees on Monday evening, in what became known as “the quiet shift”.'],
    ['dubbed', LINE, 'The council approved the reform of the harbour fees on Monday evening, a step dubbed “the quiet shift” at the time.'],
    ['title', LINE, 'The council approved the reform of the harbour fees on Monday evening, a theme of the documentary “Rivers at Risk”.'],
    ['foreign', LINE, 'The council approved the reform of the harbour fees on Monday evening, in a spirit of “harambee” (pulling together).'],
    ['bare', 'Airlines moved cabin staff abroad to save money. Unions objected.', 'Airlines moved cabin staff abroad to save “money”. Unions objected.'],
  ])('%s', (form, line, expected) => {
    expect(setOff(line, form, 0, '“', '”')).toBe(expected);
  });

  test.each<[string, Form, string]>([
    ['a sentence with a verb of saying', 'so-called', 'Officials said the reform of the harbour fees would wait until June.'],
    ['a sentence with a verb of saying, at its end', 'known-as', 'The reform of the harbour fees would wait, the mayor told reporters.'],
    ['a role word after "the"', 'scare', 'She met the minister in Paris on Monday.'],
  ])('leaves %s alone', (_label, form, line) => {
    expect(setOff(line, form, 0, '“', '”')).toBe(line);
  });
});

describe('scareQuotes', () => {
  test('leaves the headline, short lines, lines with a quotation and picture credits alone; the marks follow the article', () => {
    const text = [
      'Council approves the reform of the harbour fees on Monday evening',
      'By Staff',
      'Mayor Ann Roe said: "This is a good day for the harbour and for the town."',
      'Image: Tom Hale, the photographer of the harbour fees meeting.',
    ].join('\n\n');
    expect(scareQuotes(text, 7)).toBe(text);
  });

  test('sets off one phrase in every other narrative paragraph, with straight marks in a straight-quoted article', () => {
    const text = ['Title', LINE, LINE, LINE, '"We agree," Ann Roe said.'].join('\n');
    const lines = scareQuotes(text, 3).split('\n');
    expect(lines.map((l) => (l.match(/"/g) ?? []).length)).toEqual([0, 2, 0, 2, 2]);
  });

  test('every form is used somewhere over a few seeds', () => {
    const text = ['Title', ...Array<string>(16).fill(LINE)].join('\n');
    const used = new Set<string>();
    for (let seed = 0; seed < 8; seed++) for (const l of scareQuotes(text, seed).split('\n')) if (l !== LINE) used.add(l);
    expect(used.size).toBeGreaterThanOrEqual(FORMS.length);
  });
});

describe('the engine on rewritten news-shaped articles', () => {
  const speakers = (text: string) => {
    const { actors, quotes } = analyzeArticle({ paragraphs: text.split('\n\n').map((t, index) => ({ index, line: index + 1, text: t })) });
    const names = new Map(actors.map((a) => [a.id, a.name]));
    return quotes.map((q) => [q.text, q.speaker === null ? null : names.get(q.speaker)]);
  };

  test.each([
    ['a harbour story', 'a.txt', 'Harbour fees rise\n\nThe council approved the reform of the harbour fees on Monday evening after a long debate.\n\nMayor Ann Roe spoke to fishermen at the quay before the vote.\n\n“Nobody will pay more than they can afford,” she said.\n\nThe fishermen held a meeting at the old market hall later that night.\n\nTheir leader, Tom Hale, was not convinced by the plan.\n\n“We have heard this before,” Mr Hale said.'],
    ['a school story', 'b.txt', 'School reopens\n\nVolunteers rebuilt the primary school in the village within a single month.\n\nHead teacher Grace Wanjiru thanked the parents who brought the bricks and the timber.\n\n“We did it together,” she said.\n\nThe district office sent two new teachers and a small library of books.'],
  ])('%s keeps its speakers and gains no quote', (_label, file, text) => {
    const rewritten = perturbScare(text, file);
    expect(rewritten).not.toBe(text);
    expect(speakers(rewritten)).toEqual(speakers(text));
  });
});
