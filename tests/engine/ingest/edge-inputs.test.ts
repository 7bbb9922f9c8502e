/**
 * Inputs at the edge of the ingest's shortcuts get the answer of the full work: each shortcut (a gate
 * test, a memo, a small YAML reader checked against gray-matter) skips work only when it cannot change the answer.
 */
import { describe, expect, test } from 'vitest';
import matter from 'gray-matter';
import { removeBoilerplate } from '../../../src/engine/ingest/04-remove-boilerplate.ts';
import { inferMeta } from '../../../src/engine/ingest/05-infer-meta.ts';
import { dateTextToIso } from '../../../src/engine/ingest/date-text-to-iso.ts';
import { collapseSpace, lineToKey } from '../../../src/engine/ingest/line-text.ts';
import { lineToByline } from '../../../src/engine/ingest/parse-byline.ts';
import { lineToDates } from '../../../src/engine/ingest/parse-date-line.ts';
import { yamlToData } from '../../../src/engine/ingest/yaml-to-data.ts';

const block = (text: string, line: number) => ({ text, line, heading: false });

/** The plain regex forms, without the one-test gates that skip them: the gated forms must agree with them. */
const lineToKeyByRegex = (line: string): string => {
  const folded = line
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ');
  let start = 0;
  let end = folded.length;
  while (start < end && /^[\s\p{P}\p{S}]$/u.test(folded[start]!)) start++;
  while (end > start && /^[\s\p{P}\p{S}]$/u.test(folded[end - 1]!)) end--;
  return folded.slice(start, end);
};
const collapseSpaceByRegex = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every UTF-16 code unit, alone and in the spots where folding and trimming differ. */
const everyCodeUnitInContext = (): string[] => {
  const texts: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    texts.push(char, `a${char}${char} ${char}b`, `${char} x ${char}`, ` ${char}\t${char}`);
  }
  return texts;
};

describe('lineToKey', () => {
  test.each([
    ['“Read more”', 'read more'],
    ['“Read” more', 'read" more'],
    ['Editors‘ ‛picks´ `here`', "editors' 'picks' 'here"],
    ['Listen\u00a0\u00a0to \t this\u2003article', 'listen to this article'],
    ['Copy\u2011link \u2014 now', 'copy-link - now'],
    ['\ufeffShare\u2028this\u3000', 'share this'],
    ['İstanbul', 'i̇stanbul'],
    ['😀 Share 😀', '😀 share 😀'],
    ['… ', ''],
    ['', ''],
  ])('folds %j to %j', (line, key) => {
    expect(lineToKey(line)).toBe(key);
  });

  test('agrees with the regex form on every code unit', () => {
    const texts = everyCodeUnitInContext();
    expect(texts.filter((text) => lineToKey(text) !== lineToKeyByRegex(text))).toEqual([]);
  });
});

describe('collapseSpace', () => {
  test.each([
    ['Mr  Macron', 'Mr Macron'],
    [' \u00a0Mr\tMacron\n', 'Mr Macron'],
    ['Mr Macron', 'Mr Macron'],
    ['\u2028', ''],
    ['a \u200b b', 'a \u200b b'],
  ])('collapses %j to %j', (text, collapsed) => {
    expect(collapseSpace(text)).toBe(collapsed);
  });

  test('agrees with the regex form on every code unit', () => {
    const texts = everyCodeUnitInContext();
    expect(texts.filter((text) => collapseSpace(text) !== collapseSpaceByRegex(text))).toEqual([]);
  });
});

describe('removeBoilerplate', () => {
  /** The kind each line gets on its own, between two lines of article text. */
  const kindOf = (text: string) => {
    const article = 'Nato allies met in Brussels on Tuesday to discuss the plan.';
    const removed = removeBoilerplate([block(article, 1), block(text, 2), block(`${article} Again.`, 3)]).removed;
    return removed.find((entry) => entry.line === 2)?.kind;
  };

  test.each([
    // The longest whole line with the longest duration a key can hold still loses its duration.
    ['Your browser does not support the audio element · 123:45 seconds listen', 'audio-widget'],
    ['Your browser does not support the audio element · 123:45 seconds listens', undefined],
    ['Listen to this article · 5 min', 'audio-widget'],
    ['Listen to this article 12:30', 'audio-widget'],
    ['LISTEN TO THIS ARTICLE   -   3 mins', 'audio-widget'],
    ['Listen to this article about the 5 min', undefined],
    ['5 min read', 'other'],
  ])('judges the widget line %j as %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  test.each([
    ['Macron spoke in Paris. Picture: Alamy', 'caption'],
    ['Macron spoke in Paris. PHOTO: Reuters/John Smith', 'caption'],
    ['Macron spoke in Paris (Photo by Jane Doe/AFP via Getty Images)', 'caption'],
    ['Macron spoke in Paris. (Getty Images)', 'caption'],
    ['Macron spoke in Paris. REUTERS/Gonzalo Fuentes', 'caption'],
    ['(AFP)', 'credit'],
    ['He told reporters: "Nothing is ruled out."', undefined],
    ['The vote (held on Tuesday) passed.', undefined],
    ['Prices rose 3/4 of a point on the day', undefined],
  ])('judges the credit line %j as %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  test.each([
    ['David E. Sanger contributed to the report.', 'contributor-note'],
    ['(Reporting by Jane Doe; Editing by John Roe)', 'contributor-note'],
    ['(Additional reporting by Jane Doe in Kyiv).', 'contributor-note'],
    ['(Reporting by Jane Doe)).', undefined],
    ['Reporting by Jane Doe.)', 'contributor-note'],
    ['The minister said he contributed to the report.', undefined],
  ])('judges the note %j as %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  test('finds the list of other stories only after article text', () => {
    const article = 'Nato allies met in Brussels on Tuesday to discuss the plan.';
    const list = [block('Most Read', 1), block(article, 2), block('More Latest News', 3), block('Story one', 4), block('Story two', 5)];
    const clean = removeBoilerplate(list);
    expect(clean.blocks.map((kept) => kept.line)).toEqual([1, 2]);
    expect(clean.removed).toEqual([{ kind: 'related-headlines', text: 'More Latest News\nStory one\nStory two', line: 3 }]);
  });

  test('keeps a trailing heading followed by sentences', () => {
    const article = 'Nato allies met in Brussels on Tuesday to discuss the plan.';
    const clean = removeBoilerplate([block(article, 1), block('Most Read', 2), block(article, 3), block(`${article} Yes.`, 4)]);
    expect(clean.blocks).toHaveLength(4);
  });
});

describe('lineToByline', () => {
  test.each([
    ['By Jane Doe, —', { authors: ['Jane Doe'] }],
    ['By Jane Doe |\u00a0', { authors: ['Jane Doe'] }],
    ['WEB DESK ;:', { authors: ['Web Desk'] }],
    ['By Our Foreign News Desk', { authors: ['Our Foreign News Desk'] }],
    ['Our Big Foreign News Desk', undefined],
    ['By  News Desk', { authors: ['News Desk'] }],
    ['By The Foreign  News Desk', undefined],
  ])('reads %j', (line, byline) => {
    expect(lineToByline(line)).toEqual(byline);
  });
});

describe('lineToDates', () => {
  test.each([
    ['27 February 2024 · Updated 28 February 2024', { published: '2024-02-27', updated: '2024-02-28' }],
    ['27 February 2024, 23:55 Updated 28 February 2024, 00:53', { published: '2024-02-27T23:55:00Z', updated: '2024-02-28T00:53:00Z' }],
    ['Updated', {}],
    ['27 February 2024 | The summit ended.', undefined],
    ['The summit ended. | 27 February 2024', undefined],
    [' | ', undefined],
  ])('reads %j', (line, dates) => {
    expect(lineToDates(line)).toEqual(dates);
  });
});

describe('inferMeta', () => {
  test('reads a byline and a date joined by a separator, and nothing from a line without one', () => {
    const result = inferMeta([block('By Jane Doe • 27 February 2024', 1), block('Body text that is not a byline.', 2)], {}, 'text');
    expect(result.meta).toEqual({ author: 'Jane Doe', published: '2024-02-27' });
  });
});

describe('dateTextToIso', () => {
  test('gives the same answer for a date read before, however it is padded', () => {
    expect([' 3 March 2024 ', '3 March 2024', '3 March 2024\t', '3 March 2024'].map(dateTextToIso)).toEqual(Array(4).fill('2024-03-03'));
    expect(['30 February 2024', '30 February 2024'].map(dateTextToIso)).toEqual([undefined, undefined]);
  });
});

describe('yamlToData', () => {
  test.each([
    'title: Hi\n',
    '',
    '# only a comment\n  # and another\n',
    '~\n',
    'null\n',
    'title: "a --- b"\n',
    'title: Hi\n---x\nauthor: Jane\n',
    'title: Hi\n----\n',
    'published: 2024-02-27\nupdated: 2024-02-30\n',
    'excerpt_separator: "<!-- more -->"\n',
    '- a\n- b\n',
    'just text\n',
  ])('reads %j as gray-matter does', (yaml) => {
    expect(yamlToData(yaml)).toEqual(matter(`---\n${yaml}---`, {}).data);
  });

  test.each(['title: [unclosed\n', 'title: a\ntitle: b\n', 'a: b: c\n'])('throws the error gray-matter throws for %j', (yaml) => {
    expect(() => yamlToData(yaml)).toThrow();
    let expected: unknown;
    try {
      matter(`---\n${yaml}---`, {});
    } catch (error) {
      expected = error;
    }
    let actual: unknown;
    try {
      yamlToData(yaml);
    } catch (error) {
      actual = error;
    }
    expect(String(actual)).toBe(String(expected));
  });
});
