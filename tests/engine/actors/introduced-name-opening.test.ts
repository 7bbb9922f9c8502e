import { describe, expect, test } from 'vitest';
import { opensIntroducedName } from '../../../src/engine/actors/introduced-name-opening.ts';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('opensIntroducedName', () => {
  test.each([
    ['a common word after an introducing noun, with more of the name after it', 'The charity World Harvest Fund said so.', 2, 4, true],
    ['a trade noun before a body named with "Global"', 'The boxing promotion Global Fight Nights said so.', 3, 5, true],
    ['no introducing noun before the run', 'Then World Harvest Fund said so.', 1, 3, false],
    ['a common word alone after the noun', 'The company Christmas party was cancelled.', 2, 2, false],
    ['a month after the noun', 'The firm March Holdings said so.', 2, 3, false],
    ['a post after the common word', 'The union General Secretary Ann Roe said so.', 2, 5, false],
    ['a capitalised noun before the run', 'The Charity World Harvest Fund said so.', 2, 4, false],
  ])('%s', (_label, text, first, last, expected) => {
    expect(opensIntroducedName(tokenizeText(0, text, []).tokens, first, last)).toBe(expected);
  });
});

describe('bodies whose names open with a common word after an introducing noun', () => {
  test.each([
    ['The wrestling promotion World Harbour Pro (WHP) announced the news on Monday.', 'World Harbour Pro', 'Harbour Pro'],
    ['The charity National Sea Rescue said it was "very worried" by the figures.', 'National Sea Rescue', 'Sea Rescue'],
    ['The boxing promotion Global Fight Nights said the bout would "go ahead".', 'Global Fight Nights', 'Fight Nights'],
    ['The charity War Orphans Relief said it would "do what it can".', 'War Orphans Relief', 'Orphans Relief'],
    ['Energy firm Great Western Power said prices would rise.', 'Great Western Power', 'Western Power'],
  ])('%s', (text, name, junk) => {
    expect(names(text)).toContain(name);
    expect(names(text)).not.toContain(junk);
  });

  test.each([
    ['World leaders met in Harbourton on Monday, Ann Roe said.', 'World leaders'],
    ['The union General Secretary Ann Roe said it was "a scandal".', 'General Secretary Ann Roe'],
  ])('leaves other capitals as they were: %s', (text, junk) => {
    expect(names(text)).not.toContain(junk);
  });
});
