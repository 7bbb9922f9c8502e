/**
 * Round 14 (13ar) rules for names that are no actors: a destination after a verb of going and "to", a place before a
 * currency sign or "military", a title after "entitled"/"titled"/"release", an appositive that calls a name a thing,
 * the second of two characters after "the role of", a venue after "at" and a town's possessive, a place after "at"
 * with its country after a comma, a craft named before a modifier and a noun for a craft ("space telescope"), a boat named
 * in commas after the noun. Each with rows that must keep the actor.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOfParagraphs(text).map((a) => a.name);

describe('names that are no actors', () => {
  test.each([
    ['a destination after a verb of going', 'Detectives travelled to Norway and interviewed her brother.', 'Norway'],
    ['a destination after a noun of going', 'The minister is on a three-day trip to Peru.', 'Peru'],
    ['a place before a currency sign', 'The deal is worth about US$40 million, the firm said.', 'United States'],
    ['a place before "military"', 'He plays a US military doctor in the film.', 'United States'],
    ['a report after "entitled"', 'The report, entitled Greener Streets Ahead, was published on Monday.', 'Greener Streets Ahead'],
    ['a film after "titled"', 'A 2019 documentary titled Harbour Lights was shown. Harbour Lights won a prize.', 'Harbour Lights'],
    ['an album after "release"', 'Hunter co-wrote songs on the 2009 release Winter Orchard.', 'Winter Orchard'],
    ['a building called a museum', 'Crowds gathered at Selwyn Rowe, now a museum, on Sunday.\n\nSelwyn Rowe was built in 1820.', 'Selwyn Rowe'],
    ['a programme in apposition', 'Doctors had taken part in Project Bluefield, a secret army program to test drugs on soldiers.', 'Project Bluefield'],
    ['the second character after "the role of"', 'He did not want players to take the role of Captain Marlow or Jenny Wren.', 'Jenny Wren'],
    ['a venue after a town’s possessive', 'To a packed audience at Leeds’s Harbour Centre, the leader spoke for an hour.', 'Harbour Centre'],
    ['a craft named before a modifier and its noun', 'Astronomers hope NASA’s Ada Marlow space telescope will launch in 2027.', 'Ada Marlow'],
    ['a boat named in commas after the noun', 'The boat, Ellery, carried 33 passengers.\n\nA call came from someone on the Ellery, who may have been the captain.', 'Ellery'],
    ['a ground after "at" with its country', 'Caloundra won with a 22 points to 10 win over Maroochydore at Dolan Reeve, Australia on Saturday.', 'Dolan Reeve'],
    ['a ground after "at" with a country of two words', 'The final was played at Marcus Hill, New Zealand last year.', 'Marcus Hill'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a country that talks', 'Officials from Norway spoke to Canada about the plan.\n\nCanada said it would reply.', 'Canada'],
    ['a country written to', 'The union sent a letter to Peru’s president.\n\nPeru rejected the request.', 'Peru'],
    ['a person after "the role of" and a comma', 'The role of the mayor, Anna Crane said, is to listen.', 'Anna Crane'],
    ['a person called a museum director', 'Selwyn Rowe, a museum director, said the roof leaked.', 'Selwyn Rowe'],
    ['a person in apposition with a project role', 'Maria Lund, the project’s leader, said funding would end.', 'Maria Lund'],
    ['a venue that speaks', 'Fans queued at Leeds’s Harbour Centre.\n\nThe Harbour Centre said tickets had sold out.', 'Harbour Centre'],
    ['a person whose name opens a title with a subtitle', 'A 2018 film titled Dora Vance: Life at Sea may have spurred interest.', 'Dora Vance'],
    ['a person before a craft’s modifier who speaks too', 'Ada Marlow space telescope plans were shown.\n\nAda Marlow said the mirror was ready.', 'Ada Marlow'],
    ['a person after a boat and a comma who speaks', 'The boat, Dan Keel said, was lost in the storm.', 'Dan Keel'],
    ['a person met at an event', 'Reporters met Dan Keel at the summit, where he said little.', 'Dan Keel'],
    ['a person after "at" and before a comma', 'The prize was handed over at Dan Keel, the mayor’s, request.', 'Dan Keel'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
