/**
 * A quote after a colon whose sentence has no verb of saying of its own (subject-colon-quote): a participle of saying
 * inside a phrase set off by commas and opened by a preposition (before-quote.ts insidePrepositionalAside, lexicon
 * prepositions.json openingAnAside) is no verb of the clause, and a sentence opening with a role of lower-case words set
 * beside a name ("The new governor of the region, NAME, …": sentence-subject.ts personAfterLowerCaseRole) has that
 * person as its subject. News-shaped sentences written for these tests; rows with null show what stays unattributed.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('a participle of saying inside a prepositional aside does not hide the subject before a colon', () => {
  test.each<[string, string, [string, string | null][]]>([
    ['", during his speech read out on Monday," then a colon', 'The port reopened on Monday.\n\nMayor Tomas Varga, during his address to the council read out on Monday, set out three goals for the harbour: "We will dredge the channel, rebuild the pier and open the market."', [['We will dredge the channel, rebuild the pier and open the market.', 'Tomas Varga']]],
    ['"amid" opening the aside', 'The port reopened on Monday.\n\nMayor Tomas Varga, amid the statements read out by both sides, set out one goal: "We will open the market by June."', [['We will open the market by June.', 'Tomas Varga']]],
    ['a verb of saying after the aside still cues the quote as before', 'The port reopened on Monday.\n\nMayor Tomas Varga, during the meeting, said: "We will open the market by June."', [['We will open the market by June.', 'Tomas Varga']]],
    ['a clause verb with no subject is not an aside: withheld', 'The port reopened on Monday.\n\nThe plan was read out by the clerk at the meeting: "We will open the market by June."', [['We will open the market by June.', null]]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});

describe('"The ROLE of the NOUN, NAME, …": the person set beside a lower-case role is the sentence subject', () => {
  test.each<[string, string, [string, string | null][]]>([
    ['a role with "of the region" before the name, a colon quote', 'The region funded the games.\n\nThe new governor of the region, Alexander Moor, set out his plan for the economy: "Our exports have come close to a billion dollars."', [['Our exports have come close to a billion dollars.', 'Alexander Moor']]],
    ['lower-case words with no title head are no role', 'The region funded the games.\n\nThe best news of the year, Alexander Moor, came from the port: "Our exports have come close to a billion dollars."', [['Our exports have come close to a billion dollars.', null]]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});
