import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropVenues', () => {
  test.each([
    ['a country house named after "at" and later as a subject', 'The couple married at Glenmore Hall in June.\n\nGlenmore Hall reopened as a hotel last year.', 'Glenmore Hall'],
    ['a conference venue after "at the"', 'The rally could be held at the Riverside Exhibition Centre or in the park.', 'Riverside Exhibition Centre'],
    ['a castle after "inside"', 'Fans waited inside Marlow Castle for two hours.\n\nMarlow Castle holds 9,000 people.', 'Marlow Castle'],
    ['the second of two places after one preposition', 'The casino could be built at Ibrox or the Kelvin Exhibition and Conference Centre.', 'Kelvin Exhibition and Conference Centre'],
    ['a chapel-like church after "near"', 'Police gathered near Brightwater Church before dawn.', 'Brightwater Church'],
    ['a hill after "on"', 'The senator held talks on Capitol Hill with union leaders.', 'Capitol Hill'],
    ['a hill after "from", named again by one word', 'He had been absent from Capitol Hill for weeks.\n\nHe returned to the Capitol on Monday.', 'Capitol Hill'],
    ['a street after "on"', 'Shares fell sharply on Wall Street after the report.', 'Wall Street'],
    ['a square after "in"', 'Thousands rallied in Freedom Square on Sunday.', 'Freedom Square'],
    ['a prison after "in", named again without its head', 'The men are held in Harwood Prison in Kent.\n\nVisitors to Harwood prison must book ahead.', 'Harwood Prison'],
    ['a hotel after "at"', 'The awards were handed out at the Grantley Hotel on Friday.', 'Grantley Hotel'],
    ['an avenue after "along"', 'Marchers walked along Harbour Avenue to the town hall.', 'Harbour Avenue'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a person whose surname is a venue word', 'Stuart Hall was at the studio.\n\nHall said he would return.', 'Stuart Hall'],
    ['a body that speaks, named after "at" too', 'Talks were held at the Mendel Center.\n\nThe Mendel Center said the talks would go on.', 'Mendel Center'],
    ['a body with staff at it', 'Researchers at the Okafor Research Centre found the gene.', 'Okafor Research Centre'],
    ['a body with staff at it, named after "at" too', 'Crowds met at Linden Hall.\n\nEngineers at Linden Hall fixed the roof.', 'Linden Hall'],
    ['a body that owns something', 'Crowds gathered at Fenwick Abbey.\n\nFenwick Abbey’s trustees agreed.', 'Fenwick Abbey'],
    ['a body that is cited', 'Fans queued at Harrow Centre, according to the Harrow Centre.', 'Harrow Centre'],
    ['a venue never put after a preposition', 'Norbury Hall announced new dates for the tour.', 'Norbury Hall'],
    ['a hospital, a body, where someone died', 'The singer died on Friday at the Northfield Medical Center in Ohio.', 'Northfield Medical Center'],
    ['a person named at a venue with a role', 'Judge Durham Hall sat at the court.', 'Durham Hall'],
    ['a person whose surname is a street word, called on', 'Party members called on Damon Hill to stand.\n\nHill said he would think about it.', 'Damon Hill'],
    ['a hotel whose manager speaks', 'Guests stayed at the Grantley Hotel.\n\nThe Grantley Hotel manager said rooms were full.', 'Grantley Hotel'],
    ['a prison that speaks', 'He is held at Harwood Prison.\n\nHarwood Prison said he was well.', 'Harwood Prison'],
    ['a person called by a given name who shares a venue word', 'Crowds met Nora Castle in the square.\n\nNora said she was glad.', 'Nora Castle'],
    ['a street that speaks for the office in it', 'Ministers met on Downing Street.\n\nDowning Street said the talks went well.', 'Downing Street'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
