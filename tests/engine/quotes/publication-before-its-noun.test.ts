/**
 * A publication named right before a lower-case noun for it ("the Harbour Daily newspaper said", "Vantage magazine
 * reported") is an organisation, and speaks when it is the subject of the verb (issue 13, round 27).
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);
const kindOf = (text: string, name: string): string | undefined => actorsOf(text).find((a) => a.name === name)?.kind;

describe('a name before a noun for a publication', () => {
  test.each([
    ['a newspaper after "the"', 'The mill closed in May. The Harbour Daily newspaper ran the story first.', 'Harbour Daily'],
    ['a magazine with no article', 'Vantage magazine named the phone its product of the year.', 'Vantage'],
    ['a possessor before it', 'Canada\'s Lakeshore Ledger magazine printed the letter.', 'Lakeshore Ledger'],
    ['a tabloid', 'The Copper Bell tabloid paid for the pictures.', 'Copper Bell'],
  ])('is an organisation: %s', (_label, text, name) => {
    expect(kindOf(text, name)).toBe('organization');
  });

  test.each([
    ['a city after "a"', 'A Leeds newspaper ran the story first.', 'Leeds'],
    ['a nation\'s adjective', 'The French newspaper ran the story first.', 'French'],
    ['a place before the noun, the paper\'s name after it', 'The leak was first reported by Port Arden newspaper Harbour Echo.', 'Port Arden'],
  ])('is no publication: %s', (_label, text, name) => {
    expect(kindOf(text, name)).not.toBe('organization');
  });

  test.each([
    ['after the quote', 'The mill closed in May.\n\n“This is a blow for the whole valley”, the Harbour Daily newspaper said of the closure.', 'Harbour Daily'],
    ['before the quote', 'Vantage magazine said: “The phone is the best of the year.”', 'Vantage'],
  ])('the publication speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['its editor speaks, not the paper', 'Ann Roe, editor of the Harbour Daily newspaper, said: “We stand by the story.”', 'Ann Roe'],
    ['the paper only quotes someone', '“We were never told,” Tom Vale told the Harbour Daily newspaper.', 'Tom Vale'],
  ])('unchanged: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
