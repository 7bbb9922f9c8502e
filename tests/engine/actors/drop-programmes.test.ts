import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).flatMap((a) => [a.name, ...a.aliases]);

describe('dropProgrammes', () => {
  test.each([
    ['a fund described as a grant programme, with its initials', 'The Clean Homes Fund (CHF) is a state grant program that helps families repair roofs.', 'Clean Homes Fund'],
    ['a project in apposition with a road', 'Work on the Ridge Road Project, a 40-mile gravel road to the mine, starts in May.', 'Ridge Road Project'],
    ['a programme after "under"', 'Under the Home Repair Program, owners can apply for $5,000.\n\nThe Home Repair Program opened in 2019.', 'Home Repair Program'],
    ['a commitment after an amount of money', "The agency spent its $300 million Coal Valley Commitment on training.\n\nThe Coal Valley Commitment helped 40 towns.", 'Coal Valley Commitment'],
    ['a plan after an amount in pounds', 'Ministers unveiled a £2bn Northern Rail Plan for the region.\n\nThe Northern Rail Plan covers six cities.', 'Northern Rail Plan'],
    ['a programme after "through"', 'Towns can apply for money through the Rural Bridges Program until June.', 'Rural Bridges Program'],
    ['an initiative described as a scheme', 'The Green Streets Initiative was a council scheme to plant trees.', 'Green Streets Initiative'],
    ['an event by its initials, described as a show', 'Makers showed new TVs at MWX this week. MWX is the largest consumer electronics show in the world.', 'MWX'],
    ['a fair by its initials, described as a book fair', 'Dealers met at KFB on Monday. KFB is an annual book fair in the city.', 'KFB'],
    ['a festival in apposition', 'Crowds packed Riverfest, an annual music festival on the quay, all weekend.\n\nRiverfest ends on Sunday.', 'Riverfest'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a programme the president launched', 'That is why the President launched the Rural Roads Program last spring.', 'Rural Roads Program'],
    ['a programme after "funding for"', 'The bill includes $2 billion in funding for the Home Heating Assistance Program (HHAP) this winter.', 'Home Heating Assistance Program'],
    ['a mission a flight was part of', 'The flight was part of the Safe Return Mission to bring citizens home from abroad.', 'Safe Return Mission'],
    ['a facility after "a proposal for"', 'Ministers backed a proposal for an International Housing Facility at the summit.', 'International Housing Facility'],
    ['a programme an adviser advised on', 'Before that he advised on the Farm Debt Relief Program at the Treasury.', 'Farm Debt Relief Program'],
  ])('drops a programme run, funded or held as a thing: %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['the first of a list after "programs such as"', 'The bill builds on programs such as the Food Aid Program (FAP), the Winter Warmth Fund and the Rural School Lunch Plan.', 'Food Aid Program'],
    ['a name ending in no programme word, past bracketed initials', 'The bill builds on programs such as the Food Aid Program (FAP), the Winter Warmth Fund and the Rural School Lunch Plan.', 'Winter Warmth Fund'],
    ['the last of the list, after "and the"', 'The bill builds on programs such as the Food Aid Program (FAP), the Winter Warmth Fund and the Rural School Lunch Plan.', 'Rural School Lunch Plan'],
    ['a name with "for" and a comma inside it', 'Aid came through programmes like the Special Meals Scheme for Mothers, Babies and Children and Harbor Housing Help.', 'Harbor Housing Help'],
    ['a list after "benefits including"', 'She lost benefits including Harbor Housing Help when she moved.', 'Harbor Housing Help'],
  ])('drops a name listed after a plural noun for programmes: %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['bodies listed after "groups such as"', 'Groups such as the Red Cross and Mercy Relief said they would help.', 'Mercy Relief'],
    ['a listed programme that speaks', 'Projects such as the Harbor Youth Project said in a letter that they would close.', 'Harbor Youth Project'],
    ['a person after a list of programmes, in a new sentence', 'Cuts hit programs such as the Food Aid Program. Jana Morel said it was a mistake.', 'Jana Morel'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });

  test.each([
    ['a programme that speaks after being launched', 'Donors launched the Clean Water Initiative in May.\n\nThe Clean Water Initiative said 40 wells had been dug.', 'Clean Water Initiative'],
    ['a fund with staff, after "part of"', 'The grant is part of the Harbour Relief Fund.\n\nA Harbour Relief Fund spokeswoman said more money would follow.', 'Harbour Relief Fund'],
    ['a body after "the head of"', 'The head of the Northern Arts Project, Dana Kessler, said the show would tour.', 'Northern Arts Project'],
  ])('keeps a programme-named body that acts: %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });

  test.each([
    ['a fund that speaks', 'The International Monetary Fund said growth would slow.', 'International Monetary Fund'],
    ['a project that speaks, in apposition with a charity running a programme', 'The Innocence Project, a legal charity that runs a program for prisoners, said it welcomed the ruling.', 'Innocence Project'],
    ['a programme with a spokesman, also after "under"', 'Food is delivered under the World Food Programme.\n\nA World Food Programme spokesman said trucks were waiting.', 'World Food Programme'],
    ['a fund named with no context of a thing', 'The Four Rivers Community Fund backed the new clinic.', 'Four Rivers Community Fund'],
    ['a fund described as a lender', 'The Atlas Development Fund is a lender of last resort for small farms.', 'Atlas Development Fund'],
    ['a person who is the show\'s host', 'Ann Roe is the show’s host.\n\nRoe said the show would return.', 'Ann Roe'],
    ['a body that runs a festival, described by a phrase that ends in another noun', 'The Quayside Trust, a festival charity based in Hull, said ticket sales were up.', 'Quayside Trust'],
    ['a body described as a programme but not named as one', 'Brightpath is a youth mentoring program in Ohio.\n\nBrightpath said 400 teenagers joined.', 'Brightpath'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
