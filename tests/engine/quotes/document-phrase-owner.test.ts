/**
 * documentPhraseAt and its hooks in 02-find-cues.ts: a document phrase as the subject of a speech verb, or after
 * "according to", speaks for the owner it names — a possessor past modifiers ("the union's DMCA notice"), an agent
 * after a participle of issuing ("a statement released by the mayor's office"), a possessive pronoun, or the owner
 * of "the same report" named before. News-shaped sentences written for these tests; rows with null show where the
 * phrase names nobody who may be given the words.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('a document phrase speaks for its owner', () => {
  test.each<[string, string, [string, string | null][]]>([
    ['possessor, an acronym between it and the noun', 'The Harbour Rowing Federation (HRF) sued the club.\n\nHRF’s DMCA notice alleged the club had tried to “dodge the rules on music”.', [['dodge the rules on music', 'Harbour Rowing Federation']]],
    ['possessor, a hyphenated modifier before the noun', 'The Harbour Rowing Federation (HRF) sued the club.\n\nHRF’s take-down notice claimed “the videos were copied without a licence”.', [['the videos were copied without a licence', 'Harbour Rowing Federation']]],
    ['possessor, two modifiers before a court filing', 'Dunmore Energy lost the first round.\n\nDunmore Energy’s latest legal filing warned of “severe losses for every shareholder”.', [['severe losses for every shareholder', 'Dunmore Energy']]],
    ['possessor before a decree of a person', 'President Ana Cole visited the port.\n\nCole’s emergency decree stated that the region faced “an unprecedented crisis”.', [['an unprecedented crisis', 'Ana Cole']]],
    ['agent after "released by", an office acting for its owner', 'Governor Tomas Varga flew to the coast.\n\nA statement released by Varga’s office said the storm was “the worst in fifty years”.', [['the worst in fifty years', 'Tomas Varga']]],
    ['agent after "issued by", after "according to"', 'Governor Tomas Varga flew to the coast.\n\nAccording to a statement issued by Varga’s office, “every shelter is open”.', [['every shelter is open', 'Tomas Varga']]],
    ['"the same report" after "ORG reported"', 'The shops were “closed for good”, Coastline Radio reported.\n\nThe same report states the owners were “criticised and fined”.', [['closed for good', 'Coastline Radio'], ['criticised and fined', 'Coastline Radio']]],
    ['a possessor named by a common noun only is not taken by the new phrase rule', 'The Court of Session and the Supreme Court both sat.\n\nThe court’s verdict concluded with the words: “The appeal fails.”', [['The appeal fails.', null]]],
    ['an agent that only received the document is no owner', 'Governor Tomas Varga flew to the coast.\n\nA letter sent to Varga’s office said the storm was “the worst in fifty years”.', [['the worst in fifty years', null]]],
    ['"the same report" with no owner named before is no one', 'The shops were closed on Monday.\n\nThe same report states the owners were “criticised and fined”.', [['criticised and fined', null]]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});
