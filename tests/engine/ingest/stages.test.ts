import { describe, expect, test } from 'vitest';
import { splitFrontMatter } from '../../../src/engine/ingest/02-split-front-matter.ts';
import { splitBlocks } from '../../../src/engine/ingest/03-split-blocks.ts';
import { removeBoilerplate } from '../../../src/engine/ingest/04-remove-boilerplate.ts';
import { inferMeta } from '../../../src/engine/ingest/05-infer-meta.ts';
import { numberParagraphs } from '../../../src/engine/ingest/06-number-paragraphs.ts';
import { paragraphToMarkdown } from '../../../src/engine/ingest/article-to-markdown.ts';
import { dateTextToIso, dateToIso } from '../../../src/engine/ingest/date-text-to-iso.ts';
import { fileToFormat } from '../../../src/engine/ingest/index.ts';
import { lineToKey, nameToTitleCase } from '../../../src/engine/ingest/line-text.ts';
import { isPersonName, lineToByline } from '../../../src/engine/ingest/parse-byline.ts';
import { lineToDates } from '../../../src/engine/ingest/parse-date-line.ts';
import { splitOutletDateline } from '../../../src/engine/ingest/parse-outlet-dateline.ts';

const block = (text: string, line: number) => ({ text, line, heading: false });

describe('fileToFormat', () => {
  test.each([
    ['a.md', 'markdown'],
    ['notes/Article.MARKDOWN', 'markdown'],
    ['a.txt', 'text'],
    ['a.md.txt', 'text'],
    ['README', 'text'],
  ])('reads %j as %s', (file, format) => {
    expect(fileToFormat(file)).toBe(format);
  });
});

describe('splitFrontMatter', () => {
  test('returns the text unchanged when it has no front matter', () => {
    expect(splitFrontMatter('Body.')).toEqual({ meta: {}, body: 'Body.', bodyLine: 1, problems: [] });
  });

  test('locates a bad field by its line in the file', () => {
    const split = splitFrontMatter('---\ntitle: Hi\npublished: yesterday\n---\nBody.');
    expect(split).toMatchObject({ meta: { title: 'Hi' }, body: 'Body.', bodyLine: 5 });
    expect(split.problems).toEqual([expect.objectContaining({ severity: 'error', line: 3 })]);
  });

  test('accepts ... as the closing line', () => {
    expect(splitFrontMatter('---\ntitle: Hi\n...\nBody.')).toMatchObject({ meta: { title: 'Hi' }, body: 'Body.', bodyLine: 4 });
  });
});

describe('splitBlocks', () => {
  test('makes each non-empty line of text a block', () => {
    expect(splitBlocks('Headline\n\nFirst line.\nSecond line.', 'text', 1)).toEqual([
      block('Headline', 1),
      block('First line.', 3),
      block('Second line.', 4),
    ]);
  });

  test('makes each top-level Markdown block a block, offset by the first line', () => {
    expect(splitBlocks('# Title\n\nSome *emphasis*.', 'markdown', 4)).toEqual([
      { text: 'Title', line: 4, heading: true },
      block('Some emphasis.', 6),
    ]);
  });

  test('reads a Markdown chunk longer than 10,000 characters line by line', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Line ${i} of pasted text without blank lines.`);
    expect(splitBlocks(lines.join('\n'), 'markdown', 1)).toHaveLength(400);
  });
});

describe('removeBoilerplate', () => {
  test('removes a caption, its plain copy and an audio widget', () => {
    expect(
      removeBoilerplate([
        block('Macron spoke in Paris.', 1),
        block('Macron spoke in Paris. Picture: Alamy', 2),
        block('Listen to this article', 3),
        block('He said nothing was ruled out.', 4),
      ]),
    ).toEqual({
      blocks: [block('He said nothing was ruled out.', 4)],
      removed: [
        { kind: 'duplicate-line', text: 'Macron spoke in Paris.', line: 1 },
        { kind: 'caption', text: 'Macron spoke in Paris. Picture: Alamy', line: 2 },
        { kind: 'audio-widget', text: 'Listen to this article', line: 3 },
      ],
    });
  });
});

describe('inferMeta', () => {
  test('reads a headline, a byline and an outlet dateline', () => {
    const result = inferMeta(
      [block('Allies reject troops plan', 1), block('By Jane Doe', 2), block('Alwaght- The French President said …', 3)],
      {},
      'text',
    );
    expect(result.meta).toEqual({ title: 'Allies reject troops plan', author: 'Jane Doe', outlet: 'Alwaght' });
    expect(result.inferred).toEqual(['title', 'outlet', 'author']);
    expect(result.blocks).toEqual([block('The French President said …', 3)]);
  });

  test('never overrides a given field', () => {
    const result = inferMeta([block('By Jane Doe', 1), block('Body text.', 2)], { author: 'Ann Poe' }, 'text');
    expect(result.meta).toEqual({ author: 'Ann Poe' });
    expect(result.inferred).toEqual([]);
  });
});

describe('numberParagraphs', () => {
  test('numbers blocks from 0 and keeps their lines', () => {
    expect(numberParagraphs([block('First.', 3), block('Second.', 7)])).toEqual([
      { index: 0, text: 'First.', line: 3 },
      { index: 1, text: 'Second.', line: 7 },
    ]);
  });
});

describe('paragraphToMarkdown', () => {
  test.each([
    ['# 1 in the polls', '\\# 1 in the polls'],
    ['2024. A year of <war>', '2024\\. A year of \\<war\\>'],
    ['Plain text stays plain.', 'Plain text stays plain.'],
  ])('escapes %j as %j', (text, markdown) => {
    expect(paragraphToMarkdown(text)).toBe(markdown);
  });
});

describe('dateTextToIso', () => {
  test.each([
    ['27 February 2024, 23:55', '2024-02-27T23:55:00Z'],
    ['February 27, 2024', '2024-02-27'],
    ['2024-02-27T23:55:00+01:00', '2024-02-27T22:55:00Z'],
    ['2024-02-27T23:55:00.000Z', '2024-02-27T23:55:00Z'],
    ['27 Feb 2024 10:02 EST', '2024-02-27T15:02:00Z'],
    ['3 hours ago', undefined],
    ['yesterday', undefined],
    ['Feb 27', undefined],
    ['2024-02-30', undefined],
    ['2024-13-01', undefined],
    ['The summit on February 27, 2024 ended', undefined],
    ['', undefined],
  ])('reads %j as %j', (text, iso) => {
    expect(dateTextToIso(text)).toBe(iso);
  });
});

describe('dateToIso', () => {
  test('writes a date-time without milliseconds, or a date only', () => {
    expect(dateToIso(new Date('2024-02-27T23:55:00Z'), false)).toBe('2024-02-27T23:55:00Z');
    expect(dateToIso(new Date('2024-02-27T00:00:00Z'), true)).toBe('2024-02-27');
    expect(dateToIso(new Date('nonsense'), false)).toBeUndefined();
  });
});

describe('lineToByline', () => {
  test.each([
    ['By Jenny Medlicott', { authors: ['Jenny Medlicott'] }],
    ['By Jane Doe and John Roe', { authors: ['Jane Doe', 'John Roe'] }],
    ['By Jane Doe, Reuters', { authors: ['Jane Doe'], outlet: 'Reuters' }],
    ['By Jane Doe for Al Jazeera', { authors: ['Jane Doe'], outlet: 'Al Jazeera' }],
    ['WEB DESK', { authors: ['Web Desk'] }],
    ['By contrast, the alliance held firm.', undefined],
    ['Byron Smith said so', undefined],
  ])('reads %j', (line, byline) => {
    expect(lineToByline(line)).toEqual(byline);
  });
});

describe('isPersonName', () => {
  test.each([
    ['B.C. Begley', true],
    ['Jean-Luc de la Tour', true],
    ['Ursula von der Leyen', true],
    ['Madonna', false],
    ['Monday Evening', false],
    ['the alliance', false],
  ])('judges %j as %s', (name, expected) => {
    expect(isPersonName(name)).toBe(expected);
  });
});

describe('lineToDates', () => {
  test('reads a published and an updated date', () => {
    expect(lineToDates('27 February 2024, 23:55 | Updated: 28 February 2024, 00:53')).toEqual({
      published: '2024-02-27T23:55:00Z',
      updated: '2024-02-28T00:53:00Z',
    });
  });

  test('recognises a relative date line but gives no date', () => {
    expect(lineToDates('Updated 3 hours ago')).toEqual({});
  });

  test('rejects a sentence with a date in it', () => {
    expect(lineToDates('The summit ended on February 27, 2024.')).toBeUndefined();
  });
});

describe('splitOutletDateline', () => {
  test('splits a wire dateline', () => {
    expect(splitOutletDateline('LONDON (Reuters) - Britain said on Tuesday …')).toEqual({
      outlet: 'Reuters',
      prefix: 'LONDON (Reuters) -',
      rest: 'Britain said on Tuesday …',
    });
  });

  test('leaves a location dateline without an outlet alone', () => {
    expect(splitOutletDateline('KYIV — Russian forces advanced …')).toBeUndefined();
  });

  test.fails('does not take a city that is not a capital for an outlet (known limitation)', () => {
    expect(splitOutletDateline('Odesa- The port was shelled overnight.')).toBeUndefined();
  });
});

describe('lineToKey', () => {
  test.each([
    ['  Loading   audio... ', 'loading audio'],
    ['READ MORE:', 'read more'],
    ['Editors’ picks', "editors' picks"],
    ['!!!', ''],
  ])('folds %j to %j', (line, key) => {
    expect(lineToKey(line)).toBe(key);
  });
});

describe('nameToTitleCase', () => {
  test.each([
    ['WEB DESK', 'Web Desk'],
    ["JOHN O'NEIL", "John O'Neil"],
    ['B.C. Begley', 'B.C. Begley'],
    ['JEAN-LUC PICARD', 'Jean-Luc Picard'],
  ])('writes %j as %j', (name, expected) => {
    expect(nameToTitleCase(name)).toBe(expected);
  });
});
