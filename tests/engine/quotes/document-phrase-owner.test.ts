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
    ['a participial aside with an agent between the document and its verb', 'Dunmore Energy lost the first round.\n\nThe statement, issued by Dunmore Energy on Monday, said the company would “fight on in every court”.', [['fight on in every court', 'Dunmore Energy']]],
    ['a participial aside without an agent after a possessor', 'Dunmore Energy lost the first round.\n\nDunmore Energy’s lawsuit, lodged in May, claims the rival “copied every design”.', [['copied every design', 'Dunmore Energy']]],
    ['a participial aside after "the lawsuit" filed by someone before', 'Dunmore Energy filed a lawsuit in May.\n\nThe lawsuit, heard in June, claims the rival “copied every design”.', [['copied every design', 'Dunmore Energy']]],
    ['an office speaks for its named owner', 'Governor Tomas Varga flew to the coast.\n\nVarga’s office said in a statement that the state wanted “a fair deal for fishermen”.', [['a fair deal for fishermen', 'Tomas Varga']]],
    ['"their statement" after an organisation issued a statement', 'Three drivers sued Dunmore Energy.\n\nDunmore Energy issued a statement on Monday. Their statement also read “we will not settle”.', [['we will not settle', 'Dunmore Energy']]],
    ['"its statement" goes to the issuer, not to a body named in between', 'Three drivers sued.\n\nDunmore Energy issued a statement agreeing the case should be heard by the Harbour Trust: “we will not settle”. Its statement also read “nobody wins”.', [['we will not settle', 'Dunmore Energy'], ['nobody wins', 'Dunmore Energy']]],
    ['"the government of PLACE" issues a statement: the place speaks', 'Three islanders, Pale Sio, Ana Tuli and Tom Fale, sued in Utah.\n\nThe government of Tokelau issued a statement saying the matter was “for the islands to decide”.', [['for the islands to decide', 'Tokelau']]],
    ['"their statement" after the government of a place issued one', 'Three islanders, Pale Sio, Ana Tuli and Tom Fale, sued in Utah.\n\nThe government of Tokelau issued a statement on Monday. Their statement also read “the islands will decide”.', [['the islands will decide', 'Tokelau']]],
    ['"her statement" after an organisation issued one is not the organisation\'s', 'Ana Lee sued Dunmore Energy.\n\nDunmore Energy issued a statement. Her statement also read “nobody wins”.', [['nobody wins', 'Ana Lee']]],
    ['a spokesman for an office is not the office\'s owner', 'Governor Tomas Varga flew to the coast.\n\nA spokesman for Varga’s office said the state wanted “a fair deal for fishermen”.', [['a fair deal for fishermen', null]]],
    ['an aside whose agent is not right after the participle is no owner', 'Governor Tomas Varga flew to the coast.\n\nThe letter, sent to Varga by Dunmore Energy, said the storm was “the worst in fifty years”.', [['the worst in fifty years', null]]],
    ['an aside whose participle does not put the document out ("seen by") gives no owner', 'The Harbour Trust met on Monday.\n\nA leaked memo, seen by the Harbour Trust, said staff were “close to quitting”.', [['close to quitting', null]]],
    ['an aside "commissioned by": who ordered the report did not write it', 'The Harbour Trust met on Monday.\n\nThe report, commissioned by the Harbour Trust, said the pier was “beyond repair”.', [['beyond repair', null]]],
    ['a possessor named by a common noun only is not taken by the new phrase rule', 'The Court of Session and the Supreme Court both sat.\n\nThe court’s verdict concluded with the words: “The appeal fails.”', [['The appeal fails.', null]]],
    ['an agent that only received the document is no owner', 'Governor Tomas Varga flew to the coast.\n\nA letter sent to Varga’s office said the storm was “the worst in fifty years”.', [['the worst in fifty years', null]]],
    ['a participle phrase after the agent, before "read:"', 'Dunmore Energy dropped the deal.\n\nA statement from Dunmore Energy explaining the decision read: “We will not sign a contract we cannot keep.”', [['We will not sign a contract we cannot keep.', 'Dunmore Energy']]],
    ['a participle phrase after the agent, before "said" and a partial quote', 'Dunmore Energy dropped the deal.\n\nA statement from Dunmore Energy announcing the move said the terms were “simply unworkable”.', [['simply unworkable', 'Dunmore Energy']]],
    ['a preposition in "-ing" after the agent opens no participle phrase', 'Dunmore Energy dropped the deal.\n\nA statement from Dunmore Energy during the talks said the terms were “simply unworkable”.', [['simply unworkable', null]]],
    ['"the same report" with no owner named before is no one', 'The shops were closed on Monday.\n\nThe same report states the owners were “criticised and fined”.', [['criticised and fined', null]]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});

describe('"“…,” said the statement": the inverted document subject speaks for its owner as "the statement said" does', () => {
  test.each<[string, string, [string, string | null][]]>([
    ['"said the statement" after "ORG issued a statement"', 'Three drivers sued.\n\nDunmore Energy issued a statement on Monday. "We will not settle," said the statement.', [['We will not settle,', 'Dunmore Energy']]],
    ['"added the report" after "a report by ORG"', 'The harbour was closed.\n\nA report by the Harbour Trust blamed the storm. "Repairs will take a year," added the report.', [['Repairs will take a year,', 'Harbour Trust']]],
    ['"said the statement" with no owner named before is no one', 'The shops were closed on Monday.\n\n"We will not reopen," said the statement.', [['We will not reopen,', null]]],
    ['"said the statement from ORG" is left to the phrase reader', 'Three drivers sued.\n\n"We will not settle," said the statement from Dunmore Energy.', [['We will not settle,', 'Dunmore Energy']]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});
