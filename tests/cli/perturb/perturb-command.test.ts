/**
 * The `npm run perturb` command (src/cli/perturb.ts) on a tiny fixture folder: which folders count as keyed corpora,
 * the loop over corpora and modes, the figures and the table.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatTable, keyedCorpora, parsePerturbArgs, perturbRows } from '../../../src/cli/perturb.ts';
import { MODES, textOf } from '../../../src/cli/perturb/modes.ts';
import type { ExpectedArticle } from '../../../src/cli/score-quotes.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/perturb-cli');

describe('keyedCorpora', () => {
  test('lists engine-* folders with at least one NAME.txt beside its NAME.expected.json', () => {
    expect(keyedCorpora(FIXTURES)).toEqual(['engine-tiny']);
  });
});

describe('perturbRows and formatTable', () => {
  const rows = perturbRows(FIXTURES, ['tense', 'who-aside'], ['engine-tiny']);

  test('give one row per corpus and mode, the original scored the same for every mode', () => {
    expect(rows.map((r) => [r.corpus, r.mode, r.changed])).toEqual([
      ['engine-tiny', 'tense', 1],
      ['engine-tiny', 'who-aside', 1],
    ]);
    expect(rows[0]!.original).toEqual({ quotes: 2, f1: 1, wrong: 0, nul: 0, junk: 0, extra: 0 });
    expect(rows[1]!.original).toEqual(rows[0]!.original);
  });

  test('score the rewritten texts against the same keys', () => {
    for (const row of rows) expect(row.rewritten.quotes).toBe(2);
  });

  test('print a header and one line per row, a figure that moved as original → rewritten', () => {
    const lines = formatTable([...rows, { ...rows[0]!, mode: 'moved', rewritten: { quotes: 2, f1: 0.5, wrong: 1, nul: 0, junk: 2, extra: 3 } }]).split('\n');
    expect(lines[0]).toBe('| corpus | mode | articles changed | quotes | attributed F1 | wrong | null | junk actors | extra quotes |');
    expect(lines).toHaveLength(2 + 3);
    expect(lines.at(-1)).toBe('| engine-tiny | moved | 1 | 2 | 1.000 → 0.500 | 0 → 1 | 0 | 0 → 2 | 0 → 3 |');
  });
});

describe('parsePerturbArgs', () => {
  test.each<[string[], { modes: string[]; corpora: string[] }]>([
    [[], { modes: [], corpora: [] }],
    [['adverb', 'tense'], { modes: ['adverb', 'tense'], corpora: [] }],
    [['sites', '--corpus', 'engine-corpus', 'engine-heldout'], { modes: ['sites'], corpora: ['engine-corpus', 'engine-heldout'] }],
  ])('reads %j', (args, parsed) => {
    expect(parsePerturbArgs(args)).toEqual(parsed);
  });

  test('names the modes when one is unknown', () => {
    expect(() => parsePerturbArgs(['passive'])).toThrow(/unknown mode “passive”.*join-paragraphs/);
  });
});

/** The smallest key the rewrites read: who speaks, and of what kind. */
const TINY_KEY: ExpectedArticle = { style: 'test', actors: [{ name: 'Ann Roe', kind: 'person' }, { name: 'Tom Hale', kind: 'person' }], quotes: [{ text: 'This is a good day.', speaker: 'Ann Roe' }, { text: 'We start in spring,', speaker: 'Tom Hale' }] };

describe('MODES', () => {
  test.each(Object.keys(MODES))('%s keeps every quote text of the tiny article', (mode) => {
    const text = 'Title line\n\nMayor Ann Roe said: “This is a good day.”\n\n“We start in spring,” Tom Hale said.\n\nOne.\n\nTwo.\n\nThree.';
    // The words inside the marks, in order: the marks modes set them in another style, and a quote's last mark may
    // follow its place in the sentence (`inversion`: "day." -> "day,").
    const quotes = (t: string) => t.match(/[“‘"][^”’"]*[”’"]/g)?.map((q) => q.slice(1, -1).replace(/[.,]$/, ''));
    expect(quotes(textOf(MODES[mode]!(text, 'a.txt', TINY_KEY)))).toEqual(quotes(text));
  });

  test.each([
    ['an organisation opening a sentence', 'Title\n\nOxfam said: “No.”', 'Oxfam', 'organization', 'Title\n\nCharity Oxfam said: “No.”'],
    ['an organisation after "the"', 'Title\n\nThe board met. “No,” said the Refugee Council.', 'Refugee Council', 'organization', 'Title\n\nThe board met. “No,” said the NGO Refugee Council.'],
    ['a person after "said"', 'Title\n\n“No,” said Ann Roe.', 'Ann Roe', 'person', 'Title\n\n“No,” said Kenyan runner Ann Roe.'],
    ['nothing inside a quote or the headline', 'Oxfam news\n\nHe said: “Oxfam is wrong.”', 'Oxfam', 'organization', 'Oxfam news\n\nHe said: “Oxfam is wrong.”'],
  ])('descriptors: %s', (_name, text, speaker, kind, expected) => {
    const key = { ...TINY_KEY, actors: [{ name: speaker, kind: kind as 'person' | 'organization' }], quotes: [{ text: 'No', speaker }] };
    expect(MODES.descriptors!(text, 'a.txt', key)).toBe(expected);
  });
});
