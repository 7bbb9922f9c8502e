/**
 * Rewrite `verbs` of `npm run perturb` (src/cli/perturb/verbs.ts): "said"/"says" of the narration replaced by other
 * reporting verbs in the same tense and number; quotes and who said what unchanged.
 */
import { describe, expect, test } from 'vitest';
import { perturbVerbs, REPORTING_VERBS } from '../../../src/cli/perturb/verbs.ts';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('perturbVerbs', () => {
  test.each<[string, string, number, string]>([
    ['a past "said" after its subject', 'Kofi Mensah said the mill would close.', 0, 'Kofi Mensah added the mill would close.'],
    ['"says" in the present', 'The union says pay is “far too low”.', 1, 'The union notes pay is “far too low”.'],
    ['"has said" takes the participle', 'The ministry has said it will “look again”.', 17, 'The ministry has written it will “look again”.'],
    ['the verbs cycle from the seed', '“Yes,” he said. “No,” she said.', 2, '“Yes,” he stressed. “No,” she explained.'],
    ['every third verb right after a quote is one of manner', '“Yes,” he said. “No,” she said. “Maybe,” said Ann Lee. “Go,” Tom Hale said.', 0, '“Yes,” he added. “No,” she noted. “Maybe,” laughed Ann Lee. “Go,” Tom Hale stressed.'],
    ['a phrasal verb never comes before its subject', '“A,” he said. “B,” he said. “C,” he said.', 0, '“A,” he added. “B,” he noted. “C,” he went on.'],
    ['a phrase with its listener', 'Aroha Ngata said the vote was close.', 19, 'Aroha Ngata told reporters the vote was close.'],
    ['a verb before its subject takes one word', '“We lost,” said Aroha Ngata.', 19, '“We lost,” added Aroha Ngata.'],
    ['"said to" takes a verb that reads before "to"', 'The coach said to reporters that “it hurts”.', 5, 'The coach insisted to reporters that “it hurts”.'],
    ['"said" inside a quote stays', 'She recalled: “He said no.”', 0, 'She recalled: “He said no.”'],
    ['a passive, "That said" and "the said" stay', 'It was said to be late. That said, the said report stands.', 0, 'It was said to be late. That said, the said report stands.'],
    ['"has says" is no English, so a perfect "says" never occurs; "says" never becomes "posts"', 'Lin Wei says it is “over”.', 18, 'Lin Wei tells reporters it is “over”.'],
    ['"say" after a plural subject takes the base form', 'Officials say the dam is “safe”. They say so often.', 1, 'Officials note the dam is “safe”. They stress so often.'],
    ['"say" as a noun, an infinitive or "for example" stays', 'Voters want a say. Few would say it. Take, say, ten.', 0, 'Voters want a say. Few would say it. Take, say, ten.'],
    ['", saying" takes the -ing form', 'The club wrote to fans, saying the ground was “unsafe”.', 19, 'The club wrote to fans, telling reporters the ground was “unsafe”.'],
    ['"quoted as saying" and "an old saying" stay', 'He was quoted as saying it. As an old saying goes, no.', 0, 'He was quoted as saying it. As an old saying goes, no.'],
  ])('%s', (_name, text, seed, expected) => {
    expect(perturbVerbs(text, seed)).toBe(expected);
  });

  test('draws on every verb of the list over a run of sentences', () => {
    const text = Array.from({ length: REPORTING_VERBS.length }, () => 'She said the plan was “fine”.').join(' ');
    const out = perturbVerbs(text, 0);
    for (const { past } of REPORTING_VERBS) expect(out).toContain(` ${past} `);
  });

  const article = 'Harbour master Lena Sørensen closed the port on Monday.\n“The swell is too high for the ferries,” Sørensen said.\nFishermen said they had lost a week.\nSkipper Tomasz Wójcik said: “We cannot go out.”';
  test.each([0, 3, 7, 12, 19, 20])('every quote keeps its speaker with seed %i', (seed) => {
    const speakers = (text: string) => quotesOfLines(text).map((q) => [q.text, q.speaker]);
    expect(speakers(perturbVerbs(article, seed))).toEqual(speakers(article));
  });
});
