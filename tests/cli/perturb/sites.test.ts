import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { perturbSites, SITE_SENTENCES } from '../../../src/cli/perturb/sites.ts';

const speakers = (text: string): [string, string | null][] => quotesOfTexts(byBlankLines(text)).map((q) => [q.text, q.speaker]);
const actors = (text: string): string[] => actorsOfParagraphs(text).map((a) => a.name).sort();

describe('perturbSites', () => {
  test('inserts a site paragraph after every third paragraph and keeps the rest', () => {
    const text = 'A.\n\nB.\n\nC.\n\nD.\n\nE.\n\nF.\n\nG.';
    expect(perturbSites(text)).toBe(`A.\n\nB.\n\nC.\n\n${SITE_SENTENCES[0]}\n\nD.\n\nE.\n\nF.\n\n${SITE_SENTENCES[1]}\n\nG.`);
  });

  test.each([
    ['a statement after narrative', 'Police chief Dana Wells spoke to reporters.\n\nThe march was peaceful.\n\nShe thanked the crowd.\n\n“Nobody was hurt,” she said.'],
    ['an organisation and a person', 'The charity Open Hands ran the shelter.\n\nIts director, Sam Okoro, was there.\n\nVolunteers cooked for 200 people.\n\n“We need more beds,” Mr Okoro said.\n\nThe charity said it would “ask the council”.'],
    ['a spokesman', 'Rail firm Northline cancelled trains.\n\nEngineers worked overnight.\n\nA Northline spokesman apologised.\n\n“We are sorry,” he said.'],
  ])('gives the same speakers and actors for %s', (_label, text) => {
    const perturbed = perturbSites(text);
    expect(perturbed).not.toBe(text);
    expect(speakers(perturbed)).toEqual(speakers(text));
    expect(actors(perturbed)).toEqual(actors(text));
  });
});
