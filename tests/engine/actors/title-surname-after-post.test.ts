import { describe, expect, test } from 'vitest';
import { isTitleSurnameAfterPost } from '../../../src/engine/actors/title-surname-after-post.ts';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

describe('isTitleSurnameAfterPost', () => {
  test.each([
    ['a title word after Senator', 'said Senator Bishop on Monday.', 1, true],
    ['a title word after an abbreviated post', 'said Rep. Judge on Monday.', 1, true],
    ['a title word after Governor at the end of a sentence', 'It was hard, said Governor Sheriff.', 5, true],
    ['a two-word office', 'said Attorney General on Monday.', 1, false],
    ['a name after the pair', 'said Senator Judge Ann Roe on Monday.', 1, false],
    ['a courtesy title, left to its own rule', 'said Mr Bishop on Monday.', 1, false],
    ['a plain name after a post', 'said Senator Roe on Monday.', 1, false],
    ['a post addressed by another', 'said Senator President on Monday.', 1, false],
  ])('%s', (_label, text, k, expected) => {
    const t = tokenizeText(0, text, []).tokens;
    expect(isTitleSurnameAfterPost(t, k, k + 1)).toBe(expected);
  });
});

describe('a title word after a post in found actors', () => {
  test('the surname joins the person the article names in full', () => {
    const actors = actorsOf('Paul Bishop, a senator, filed the bill. "The farms need water," said Senator Bishop.');
    const names = actors.map((a) => a.name);
    expect(names).toContain('Paul Bishop');
    expect(names).not.toContain('Bishop');
    expect(actors.find((a) => a.name === 'Paul Bishop')?.aliases).toContain('Bishop');
  });

  test('with no full name, no surname is made', () => {
    const names = actorsOf('"The farms need water," said Senator Bishop.').map((a) => a.name);
    expect(names).not.toContain('Bishop');
  });

  test('an abbreviated post before a title word joins the full name', () => {
    const actors = actorsOf('Dana Judge, a congresswoman, spoke first. "We will vote no," Rep. Judge said.');
    expect(actors.find((a) => a.name === 'Dana Judge')?.aliases).toContain('Judge');
  });

  test('a governor named in full is the governor with a title word for a surname', () => {
    const actors = actorsOf('Governor Tom Major signed it. "It is done," said Governor Major.');
    expect(actors.map((a) => a.name)).toEqual(['Tom Major']);
  });
});
