import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropEvents', () => {
  test.each([
    ['a storm named again alone', 'Typhoon Kamara struck the islands overnight. Kamara continued west on Friday, cutting power to 20,000 homes.', 'Kamara'],
    ['a hurricane that owns its winds', "Hurricane Dalmar is moving north. Dalmar's winds reached 150mph near the coast.", 'Dalmar'],
    ['an edition of a trade show', 'The 2024 Home Gadget Expo in Dallas drew 40,000 visitors over four days.', 'Home Gadget Expo'],
    ['an ordinal edition', 'Teams from 30 countries took part in this second Robotics Olympiad, held in Kazan.', 'Robotics Olympiad'],
    ['an edition past an adjective', 'The third international Harbour Regatta ended on Sunday with a win for the hosts.', 'Harbour Regatta'],
    ["an edition known by its initials, owned by last year", "At the start of last year's HGX, the trade body predicted growth of 4%.", 'HGX'],
    ["an edition owned by last year", "More than 12,000 people attended last year's Harbour Music Week.", 'Harbour Music Week'],
    ['an edition counted in figures', 'She gave the 14th Harlow Lecture in Dundee. The Harlow Lecture honours a local engineer.', 'Harlow Lecture'],
    ['an annual edition, the adjective right after "the"', 'Buyers flew in for the annual Home Gadget Fair in Dallas. The Home Gadget Fair ends on Sunday.', 'Home Gadget Fair'],
    ['an annual edition that ends its sentence', 'Thousands of fans gathered in Leeds for the annual Riverside Music Show.', 'Riverside Music Show'],
    ['a day held, after "ahead of"', 'Shops stayed open late ahead of Kite Flying Day, when the town fills with visitors.', 'Kite Flying Day'],
    ['a show gone to, after "at the"', 'The carmaker will unveil its new coupe at the Lakeside Motor Show on Thursday.', 'Lakeside Motor Show'],
    ['a day marked, after "the anniversary of"', 'Monday marks the tenth anniversary of Harbour Awareness Day, a drive to help families file returns.', 'Harbour Awareness Day'],
    ['a day held that an appositive lends a role', 'Families filed early ahead of Kite Flying Day, Mayor Dana Kessler said on Monday.', 'Kite Flying Day'],
    ['a contest, after "during the"', 'He was injured during the Coastal Cup in March and missed the season.', 'Coastal Cup'],
    ['an operation taken for a person', 'Police arrested 40 people in raids as part of Operation Kestrel Dawn last week.', 'Operation Kestrel Dawn'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a name after "storm" that speaks', 'After the cyclone Marta Quist, who runs the shelter, said 300 people had slept there.', 'Marta Quist'],
    ['a festival whose director speaks', 'The third Riverside Film Festival opened on Thursday. A Riverside Film Festival spokesman said tickets had sold out.', 'Riverside Film Festival'],
    ['a winner named after a year and a noun', 'The 2019 winner Dana Kessler said the prize had changed her life.', 'Dana Kessler'],
    ['a company after a year that is no determiner phrase', 'In 2005 Kestrel Systems said its profits had doubled.', 'Kestrel Systems'],
    ['a party that qualifies an edition', 'She will run in the 2028 Harbour Party leadership race against two rivals.', 'Harbour Party'],
    ["a company whose results a year owns", "This year's Kestrel Systems results beat forecasts. Kestrel Systems said sales rose.", 'Kestrel Systems'],
    ["a winner after a year's event", "Last year's Harbour Regatta winner Dana Kessler said she would defend her title.", 'Dana Kessler'],
    ['a company whose project is counted', 'Output fell during the first Greenfield Mining expansion. Greenfield Mining has 400 workers.', 'Greenfield Mining'],
    ['a body counted in figures', 'The 119th Carolan Assembly sat for the first time on Monday.', 'Carolan Assembly'],
    ['a body after "the annual" that qualifies a meeting', 'Delegates met at the annual Harbour Party conference in Leeds. The Harbour Party said it would win.', 'Harbour Party'],
    ['an annual edition whose organisers speak', 'The annual Home Gadget Fair opened on Monday. A Home Gadget Fair spokesman said 40,000 people came.', 'Home Gadget Fair'],
    ['a band named like a day that speaks', 'At the Harbour Day concert the singer thanked fans. Harbour Day said the tour would go on.', 'Harbour Day'],
    ['a held-event name that qualifies a noun', 'Fans queued at the Lakeside Motor Show stand for hours. Lakeside Motor Show organisers said 9,000 came.', 'Lakeside Motor Show'],
    ['a day after "at the" whose organisers speak', 'Crowds gathered at the Kite Flying Day on Sunday. A Kite Flying Day spokeswoman said 5,000 people came.', 'Kite Flying Day'],
    ['an operation whose spokesman speaks', 'An Operation Kestrel Dawn spokesman said 40 people had been arrested.', 'Operation Kestrel Dawn'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
