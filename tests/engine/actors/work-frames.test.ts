/**
 * Round 49 (49e): a title after a performer's or nominee's frame for a work ("her performance in Harbour Lights",
 * "roles in Still Water and Paper Moons", "the star of Blue Acre", "nominated for Winter Orchard") names a work, not an
 * actor, and so does every title of a list after the frame. Rows that must keep the actor: a name that owns the work
 * ("starred in Hughes's comedy"), a body after "a role in" and a court after "appeared in", which are no frames.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOfParagraphs(text).map((a) => a.name);
const speakers = (article: string): (string | null)[] => quotesOfLines(article).map((q) => q.speaker);

describe('titles after a frame for a work', () => {
  test.each([
    ['a film after "performance in"', 'Okafor was praised for her performance in Harbour Lights.\n\nHarbour Lights opens in May.', 'Harbour Lights'],
    ['the second title after "roles in"', 'He is known for roles in Still Water and Paper Moons.\n\nPaper Moons was a hit.', 'Paper Moons'],
    ['a show after "the star of"', 'The star of Blue Acre said filming was hard.', 'Blue Acre'],
    ['a film after "nominated for"', 'The actor was nominated for Winter Orchard last year.\n\nWinter Orchard lost.', 'Winter Orchard'],
    ['a film after "premiere of"', 'It was the premiere of Night Train.\n\nNight Train opens in May.', 'Night Train'],
    ['a song after "sequel to"', 'It is the sequel to River Song.\n\nRiver Song was a hit.', 'River Song'],
    ['a film after "the UK premiere of"', 'He came to the UK premiere of Cold Harbour.', 'Cold Harbour'],
    ['a play after "starred in"', 'Bryce Tallon starred in Glass Harbour in 1998.', 'Glass Harbour'],
    ['titles after "nominations for"', 'She had earlier nominations for Copper Lane and Night Orchard.', 'Night Orchard'],
    ['the last title after "nominations for"', 'Dale Moran, who had Oscar nominations for Dust and Ashes and Kettle Hill, told reporters he was pleased.', 'Kettle Hill'],
    ['the middle word of a title after "nominations for"', 'Dale Moran, who had Oscar nominations for Dust and Ashes and Kettle Hill, told reporters he was pleased.', 'Ashes'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a director who owns the film', 'She starred in Tom Hadley’s comedy in 1985.\n\nTom Hadley said the script was perfect.', 'Tom Hadley'],
    ['a firm after "a role in"', 'He denied any role in Corvan Oil, prosecutors said.\n\nCorvan Oil said it would appeal.', 'Corvan Oil'],
    ['a court after "appeared in"', 'The man appeared in Leeds Crown Court on Monday.\n\nLeeds Crown Court said the trial would start in May.', 'Leeds Crown Court'],
    ["a person who owns the premiered film", "Ann Roe attended the premiere of Ann Roe's film on Friday.", 'Ann Roe'],
    ['a person who stars', 'The film stars Amy Rennard, who said it was her best role.', 'Amy Rennard'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('a title after "farce", a kind of work', () => {
  test.each([
    ['a play after "the theatre farce"', 'She was nominated for the theatre farce Copper Kettle.\n\nCopper Kettle closed in June.', 'Copper Kettle'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });
});

describe('a film after "premiere of" is no speaker', () => {
  test('a later "he" does not resolve to the film', () => {
    const article = 'Film star Dan Orlov was at the London premiere of Night Train. The actor crossed a rope bridge, which he said was "terribly wobbly".';
    expect(names(article)).not.toContain('Night Train');
    expect(speakers(article)).not.toContain('Night Train');
  });
});
