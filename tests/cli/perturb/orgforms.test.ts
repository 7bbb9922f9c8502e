import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { initialsOf, orgForms } from '../../../src/cli/perturb/orgforms.ts';
import type { ExpectedArticle } from '../../../src/cli/score-quotes.ts';

const keyOf = (...orgs: string[]): ExpectedArticle => ({ style: '', actors: orgs.map((name) => ({ name, kind: 'organization' as const })), quotes: [] });
const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);
const bodies = (text: string): string[] => actorsOfParagraphs(text).filter((a) => a.kind === 'organization').map((a) => a.name).sort();

describe('initialsOf', () => {
  test.each<[string, string | null]>([
    ['Royal College of Nursing', 'RCN'],
    ['Hillside Water Trust', 'HWT'],
    ['the Committee to Protect Reporters', 'CPR'],
    ['Time Warner', null],
    ['Oxfam', null],
    ['U.S. Geological Survey', null],
    ['BBC World Service', null],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('orgForms', () => {
  test.each<[string, string, string, string]>([
    [
      'later mentions become initials, quotes untouched',
      'The Hillside Water Trust said no.\n\n“The Hillside Water Trust will appeal,” a lawyer said.\n\nThe Hillside Water Trust later dropped the case.',
      'Hillside Water Trust',
      '\n\n“The Hillside Water Trust will appeal,” a lawyer said.\n\nThe HWT later dropped the case.',
    ],
    ['a possessive keeps its mark', 'The Hillside Water Trust met.\n\nThe Hillside Water Trust’s chief spoke.', 'Hillside Water Trust', '\n\nThe HWT’s chief spoke.'],
  ])('%s', (_label, text, org, ending) => {
    const out = orgForms(text, keyOf(org), 'a.txt');
    expect(out.endsWith(ending)).toBe(true);
    expect(out.split('\n\n')[0]).toMatch(/^The Hillside Water Trust (\(HWT\) )?(said|met)/);
  });

  test.each<[string, string, string]>([
    ['named once', 'The Hillside Water Trust said no.\n\nIt will appeal.', 'Hillside Water Trust'],
    ['initials already in the text', 'The Hillside Water Trust said no.\n\nThe HWT plan and the Hillside Water Trust board.', 'Hillside Water Trust'],
    ['two initials', 'Time Warner said no.\n\nTime Warner will appeal.', 'Time Warner'],
    ['part of a longer name', 'The Hillside Water Trust Fund said no.\n\nThe Hillside Water Trust Fund will appeal.', 'Hillside Water Trust'],
  ])('leaves the text alone when the organisation is %s', (_label, text, org) => {
    expect(orgForms(text, keyOf(org), 'a.txt')).toBe(text);
  });

  test('brackets the initials at the first mention for about half the organisations, by file name', () => {
    const text = 'The Hillside Water Trust said no.\n\nThe Hillside Water Trust will appeal.';
    const outs = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'].map((f) => orgForms(text, keyOf('Hillside Water Trust'), f));
    expect(outs).toContain('The Hillside Water Trust (HWT) said no.\n\nThe HWT will appeal.');
    expect(outs).toContain('The Hillside Water Trust said no.\n\nThe HWT will appeal.');
  });

  test.each([
    ['a statement', 'The Kestrel Valley Health Board warned of delays on Monday.\n\nNurses were moved to the west wing.\n\n“We are hiring,” the Kestrel Valley Health Board said.'],
    ['a spokesperson', 'The Northern Harbour Pilots Association called a strike.\n\nShips waited outside the port.\n\nThe Northern Harbour Pilots Association said in a statement: “Safety comes first.”'],
  ])('the engine gives the same speakers and bodies for %s', (_label, text) => {
    const org = bodies(text)[0]!;
    for (const file of ['a.txt', 'b.txt']) {
      const out = orgForms(text, keyOf(org), file);
      expect(out).not.toBe(text);
      expect(speakers(out)).toEqual(speakers(text));
      expect(bodies(out)).toEqual(bodies(text));
    }
  });
});
