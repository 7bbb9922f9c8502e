/**
 * Post-nominal letters set off by commas ("NAME, Ph.D.,", "NAME, Jr.,") close no clause: a participle after them
 * ("…, claiming", "…, adding") is the named person's, not the sentence subject's (issue 13, round 18).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a participle after a name’s letters', () => {
  test.each([
    ['"Ph.D." and "claiming"', 'Harbour TV’s late show mocked the plan, with pundit Jeff Orton, Ph.D., claiming it was “dead on arrival.”', 'Jeff Orton'],
    ['"Jr." and "saying"', 'The Senate passed the bill, with Senator Tom Vale, Jr., saying it was “long overdue.”', 'Tom Vale'],
    ['"M.D." and "warning"', 'Acme Pharma released the drug, with its founder Ann Roe, M.D., warning it was “no cure.”', 'Ann Roe'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['a participle after a plain comma', 'Acme Pharma released the drug on Monday, calling it “a milestone.”', 'Acme Pharma'],
  ])('unchanged: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
