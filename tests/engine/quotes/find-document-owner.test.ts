/**
 * documentOwner: whose document "the report", "the filing", "the proclamation" is, from the nearest earlier
 * mention of the same noun. News-shaped sentences written for these tests; rows with owner null show where
 * nobody may be given the document.
 */
import { describe, expect, test } from 'vitest';
import { findActors } from '../../../src/engine/actors/index.ts';
import { indexMentions } from '../../../src/engine/quotes/02-find-cues.ts';
import { documentOwner } from '../../../src/engine/quotes/find-document-owner.ts';
import { byLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

/** The display name of the owner of the document noun in the last line's "the NOUN". */
function ownerOfLastDocument(article: string): string | null {
  const paragraphs = tokenizedParagraphs(byLines(article));
  const { actors, mentions } = findActors(paragraphs);
  const index = indexMentions(paragraphs, mentions);
  const position = paragraphs.length - 1;
  const tokens = paragraphs[position]!.tokens;
  const noun = tokens.findIndex((t, k) => k > 0 && ['the', 'same'].includes(tokens[k - 1]!.lower) && ['report', 'filing', 'proclamation', 'statement', 'announcement'].includes(t.lower));
  const owner = documentOwner(paragraphs, index, position, noun);
  return owner ? (actors.find((a) => a.id === owner.actor)?.name ?? null) : null;
}

describe('documentOwner: the owner of a document named before', () => {
  test.each<[string, string, string | null]>([
    ['the subject of a verb that puts the document out', 'Calderdale Council published a report on Monday.\nThe report was long.', 'Calderdale Council'],
    ['the subject of "signed a proclamation"', 'President Ana Cole signed a proclamation on Friday.\nThe proclamation took effect.', 'Ana Cole'],
    ['the agent after "by"', 'A report by Calderdale Council found failures.\nThe report was long.', 'Calderdale Council'],
    ['the agent after "from"', 'A statement from Calderdale Council arrived late.\nThe statement was short.', 'Calderdale Council'],
    ['the possessor, past modifiers', 'Rivermouth Water is in debt.\nRivermouth Water’s most recent annual filing was late.\nThe filing was long.', 'Rivermouth Water'],
    ['past a back reference that names no owner', 'Calderdale Council published a report on Monday.\nCritics read the report closely.\nThe report was long.', 'Calderdale Council'],
    ['nobody when the nearest mention is indefinite and names no owner', 'Calderdale Council published a report in May.\nA second report appeared in June.\nThe report was long.', null],
    ['nobody for someone who only criticised the document', 'Councillor Dan Ross criticised a report on Monday.\nThe report was long.', null],
    ['nobody for someone who only received it', 'Councillor Dan Ross received a report on Monday.\nThe report was long.', null],
    ['nobody for a passive with no agent', 'A report on the floods was published on Monday.\nThe report was long.', null],
    ['the agent after a participle of issuing and "by"', 'A report released by Calderdale Council found failures.\nThe report was long.', 'Calderdale Council'],
    ['the owner of an office that put the statement out', 'Mayor Ruth Okafor returned on Monday.\nA statement issued by Okafor’s office arrived late.\nThe statement was short.', 'Ruth Okafor'],
    ['the subject of the verb of the same stem ("reported" for "the same report")', 'Fares will rise “by a third”, Coastline Radio reported.\nThe same report was short.', 'Coastline Radio'],
    ['the subject of "announced" for "the announcement"', 'Calderdale Council announced the closure on Monday.\nThe announcement was short.', 'Calderdale Council'],
    ['nobody when "reported" has no subject right before it', 'It was reported on Monday that fares will rise.\nThe report was short.', null],
    ['nobody for a different document noun', 'Calderdale Council published a statement on Monday.\nThe report was long.', null],
    ['the agent after "by" and a descriptor', 'A report by UK-based NGO Calderdale Council found failures.\nThe report was long.', 'Calderdale Council'],
    ['an agent left unmarked after "by" and a descriptor, named elsewhere', 'A report by Dutch NGO Ofcomm found failures.\nOfcomm has proposed a fine.\nThe report was long.', 'Ofcomm'],
    ['the subject of "said in a statement"', 'Harbourside Rovers said in a statement that the offer was too low.\nThe statement was short.', 'Harbourside Rovers'],
    ['the subject of "also said in its statement"', 'Calderdale Council also said in its statement that roads would reopen.\nThe statement was short.', 'Calderdale Council'],
    ['the subject of "said in her statement"', 'Councillor Dan Ross resigned.\nMayor Ruth Okafor said in her statement that she was sorry.\nThe statement was short.', 'Ruth Okafor'],
    ['nobody for someone who only spoke about the statement', 'Councillor Dan Ross spoke about a statement on Monday.\nThe statement was short.', null],
  ])('%s', (_case, article, expected) => {
    expect(ownerOfLastDocument(article)).toBe(expected);
  });
});
