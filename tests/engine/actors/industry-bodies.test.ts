/**
 * "Industry" heads the name of a trade body ("the British Phonographic Industry", "the Irish Dairy Industry"): the
 * capitalised run is an organisation (a demonym before it is part of the name, not a person's "Phonographic
 * Industry"), it merges with the initialism given after it, and a spokesperson for it speaks for the body.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

const actor = (text: string, name: string) => actorsOfParagraphs(text).find((a) => a.name === name);

describe('a trade body whose name ends in "Industry"', () => {
  test.each([
    ['after a demonym', 'Sales figures from the Irish Dairy Industry were published on Monday.', 'Irish Dairy Industry'],
    ['with its initialism after it', 'The Danish Furniture Industry (DFI) said exports fell.', 'Danish Furniture Industry'],
    ['inside a longer name', 'The Federation of the Kelp Industry met in Oban on Friday.', 'Federation of the Kelp Industry'],
  ])('is an organisation %s', (_label, text, name) => {
    expect(actor(text, name)?.kind).toBe('organization');
  });

  test.each([
    ['no capitalised name: an industry is no actor', 'The music industry had a good year, the figures show.', 'industry'],
  ])('%s', (_label, text, name) => {
    expect(actorsOfParagraphs(text).map((a) => a.name.toLowerCase())).not.toContain(name);
  });

  test.each([
    [
      'a spokesman for the body named in full, its initialism in brackets',
      'A spokesman for the Danish Furniture Industry (DFI) said exports fell by a “worrying margin” in May.',
      'Danish Furniture Industry',
    ],
  ])('%s speaks for it', (_label, text, speaker) => {
    expect(quotesOfLines(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});
