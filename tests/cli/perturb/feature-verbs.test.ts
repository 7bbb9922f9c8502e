/**
 * The perturbation of feature writing used to measure invariance (src/cli/perturb/feature-verbs.ts; the
 * figures come from `npm run perturb`, not run here): the rewrite keeps every quotation's
 * words and who said what, and the engine gives each rewritten quote the speaker of the original.
 */
import { describe, expect, test } from 'vitest';
import { perturbFeatureVerbs, type FeatureVerbMode } from '../../../src/cli/perturb/feature-verbs.ts';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('perturbFeatureVerbs', () => {
  test.each<[FeatureVerbMode, string, string]>([
    ['present', '“We will win,” he said. Officials said it was “a fair deal”.', '“We will win,” he says. Officials say it was “a fair deal”.'],
    ['present', 'She had said it before, and the mayor told “them” that “we said no”.', 'She had said it before, and the mayor tells “them” that “we said no”.'],
    ['present', 'One of the users said "it is a mess".', 'One of the users says "it is a mess".'],
    ['present', "The head of the police's internal investigators told the court it was \"a mess\".", "The head of the police's internal investigators tells the court it was \"a mess\"."],
    ['wrote', '“We will win,” she said, saying it twice.', '“We will win,” she wrote, writing it twice.'],
    ['wrote', '“I said no,” as said by the mayor.', '“I said no,” as said by the mayor.'],
    ['asput', 'Mayor Jane Porter said: “We will build it.” “It is done,” Porter said. “We won,” he said.', 'As Mayor Jane Porter put it: “We will build it.” “It is done,” as Porter put it. “We won,” as he put it.'],
    ['asput', 'He said: "No."', 'As he put it: "No."'],
    ['words', 'Mayor Jane Porter said: “We will build it.” He said: “No.”', 'In the words of Mayor Jane Porter, “We will build it.” He said: “No.”'],
  ])('%s: %s', (mode, text, expected) => {
    expect(perturbFeatureVerbs(text, mode)).toBe(expected);
  });

  const original = 'Mayor Jane Porter opened the park on Monday.\n“A city without trees is a city without a future,” Porter said.\nCouncillor Ed Marsh said: “It cost too much.”';
  test.each<FeatureVerbMode>(['present', 'wrote', 'asput', 'words'])('%s: every quote keeps its words and its speaker', (mode) => {
    const speakers = (text: string) => quotesOfLines(text).map((q) => [q.text, q.speaker]);
    expect(speakers(perturbFeatureVerbs(original, mode))).toEqual(speakers(original));
  });
});
