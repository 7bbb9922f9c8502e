import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

describe('unnamed people and speaking bodies become speakers', () => {
  test.each([
    ['one person after the verb behind a quote', '“It is a scandal,” said one commuter at the station.', 'It is a scandal,', 'one commuter'],
    ['a described person after the verb', '“Nobody warned us,” said a retired teacher who has lived on the street for forty years.', 'Nobody warned us,', 'retired teacher'],
    ['a person as the subject before a quote', 'The queue stretched round the block. One woman told us: “I have been here since five.”', 'I have been here since five.', 'One woman'],
    ['a platform user as the subject', 'The video spread quickly. A Twitter user wrote that it was “the worst parking in history”.', 'the worst parking in history', 'Twitter user'],
    ['a witness as the subject after a conjunction', 'The car hit the wall and a witness said it had been “going far too fast”.', 'going far too fast', 'witness'],
    ['a body as the subject', 'The navy said the frigate had been “shadowing the convoy for days”.', 'shadowing the convoy for days', 'navy'],
    ['a body after the verb behind a quote', '“We ask for privacy at this time,” said the family.', 'We ask for privacy at this time,', 'family'],
    ['a body owned by a person', 'Mrs Okafor’s family said: “She was the kindest person we knew.”', 'She was the kindest person we knew.', 'Okafor family'],
    ['a body owned by a titled person', 'General Osei’s family said he was “recovering well”.', 'recovering well', 'Osei family'],
    ['a body owning a statement', 'The singer died on Sunday.\nThe family’s statement on his death read: “He loved every minute on stage.”', 'He loved every minute on stage.', 'family'],
    ['a body named by its owner elsewhere in the article', 'The family said: “We are heartbroken.”\nHe was the youngest of the Marsh family.', 'We are heartbroken.', 'Marsh family'],
    ['a body with two owners in the article keeps its noun', 'The family said: “We are heartbroken.”\nThe Marsh family and the Doyle family were neighbours.', 'We are heartbroken.', 'family'],
    ['a plural body with a base-form verb', 'In the paper, the researchers write that the ice “retreated faster than any model predicted”.', 'retreated faster than any model predicted', 'researchers'],
    ['the authors of a study or book, as a body that writes', 'The study was published on Tuesday. The authors write that the drug “cut the risk of a second stroke by half”.', 'cut the risk of a second stroke by half', 'authors'],
    ['the authors after "as" opening the sentence', 'The textbook is used in most courses. As the authors explain, the rules “are never neutral”.', 'are never neutral', 'authors'],
    ['the authors after the verb behind a quote', '“Sleep matters more than diet,” wrote the authors.', 'Sleep matters more than diet,', 'authors'],
    ['a head described by an “of” phrase with a possessive', 'The head of the city’s planning inspectors said the scheme was “unworkable”.', 'unworkable', 'head of the city’s planning inspectors'],
    ['a spokeswoman for a body written in lower case', '“Funding is the problem,” a spokeswoman for the hospital trust said.', 'Funding is the problem,', 'spokeswoman for the hospital trust'],
    ['another member of a body, described before and after', 'Another senior member of the board says she was “never consulted”.', 'never consulted', 'Another senior member of the board'],
    ['a described person before a relative clause', '“It is over,” said a member of the band who asked not to be named.', 'It is over,', 'member of the band'],
    ['an abbreviation for one person as the subject', 'The vote split the party. One MEP told reporters: “The deal is dead.”', 'The deal is dead.', 'One MEP'],
    ['an occupation with a hyphenated place after the verb', '“Prices will rise again,” said one Frankfurt-based dealer.', 'Prices will rise again,', 'one Frankfurt-based dealer'],
    ['an occupation as the subject of a base verb’s past form', 'A campaigner argued the law was “long overdue”.', 'long overdue', 'campaigner'],
    ['one of a group named by a plural person noun', 'Many readers wrote in. One of the bloggers said the ban was “pure censorship”.', 'pure censorship', 'One of the bloggers'],
    ['a capitalised word opening the quotation after the listener names nobody', 'A neighbour told reporters “Basic safety checks were never done.”', 'Basic safety checks were never done.', 'neighbour'],
    ['a person named inside the quotation is not the unnamed speaker', 'One witness told the court “Martin Hale was not there.”', 'Martin Hale was not there.', 'One witness'],
    ['a person after an opening sentence adverb, before a relative clause', 'Shares fell. However, one broker, who was at the meeting, told Reuters the results were “a let-down”.', 'a let-down', 'one broker'],
    ['a person before a relative clause with “asked not to be named”', 'Shares fell. One broker, who asked not to be named, told Reuters the results were “a let-down”.', 'a let-down', 'One broker'],
    ['a person after an opening sentence adverb, before “who asked not to be named”', 'Shares fell. However, one broker, who asked not to be named, told Reuters the results were “a let-down”.', 'a let-down', 'one broker'],
    ['a person noun described by another person noun before it', '“We are worried,” said a local shopkeeper.', 'We are worried,', 'local shopkeeper'],
    ['a commentator after the verb behind a quote', '“Rates will stay high,” warned one economist.', 'Rates will stay high,', 'one economist'],
    ['part of a group opening the sentence', 'The march ended at noon. Several of the protesters told reporters: “We will be back.”', 'We will be back.', 'Several of the protesters'],
    ['part of a group described by a short clause', 'Some of the workers the union surveyed said the shifts were “impossible”.', 'impossible', 'Some of the workers the union surveyed'],
    ['one of a group of users told', 'The site went down for hours. One of its users told us: “I lost a week of work.”', 'I lost a week of work.', 'One of its users'],
    ['a place and a state after the noun, then a dash aside naming others', '“The lines never move,” said a traveler at Boise Airport in Idaho — where Sen. Ann Cole voted twice against the bill.', 'The lines never move,', 'traveler at Boise Airport'],
    ['a place and a city after the noun', '“It was chaos,” said a traveler at Midway Airport in Chicago.', 'It was chaos,', 'traveler at Midway Airport in Chicago'],
    ['a place with an unspaced dash and an abbreviation after a hyphen', '“We missed the game,” said a fan at Kent–Dover Regional Airport. “Never again,” said a fan at Minneapolis-St. Paul International Airport.', 'Never again,', 'fan at Minneapolis-St. Paul International Airport'],
    ['a place with an unspaced dash', '“We missed the game,” said a fan at Kent–Dover Regional Airport.', 'We missed the game,', 'fan at Kent–Dover Regional Airport'],
    ['the owner of an indefinite business', '“Business has halved,” said the owner of a Dayton hardware store.', 'Business has halved,', 'owner of a Dayton hardware store'],
    ['the director of an indefinite body with a hyphenated place', '“We need more patrols,” said the director of a Toledo-based youth charity.', 'We need more patrols,', 'director of a Toledo-based youth charity'],
    ['an age, a place and a noun before the person noun, before a relative clause', '“He pointed a knife at me,” said a 72-year-old Leeds burglary victim who was pushed to the floor.', 'He pointed a knife at me,', '72-year-old Leeds burglary victim'],
    ['a place and a state after the noun, as the subject before the verb', 'A traveler at Boise Airport in Idaho said the wait was “unbearable”.', 'unbearable', 'traveler at Boise Airport'],
    ['the owner of an indefinite business as the subject', 'The owner of a Dayton hardware store said trade had “halved since May”.', 'halved since May', 'owner of a Dayton hardware store'],
    ['another person described by a place', 'Another Leeds resident said the council had “ignored us for years”.', 'ignored us for years', 'Another Leeds resident'],
    ['a length of service and a noun before the person noun', '“We are fed up,” said a 10-year veteran nurse in Leeds.', 'We are fed up,', '10-year veteran nurse in Leeds'],
    ['a length of service, a noun and an organisation before the person noun', '“Morale has never been lower,” said a 12-year veteran Amtrak officer in Oakland.', 'Morale has never been lower,', '12-year veteran Amtrak officer in Oakland'],
    ['an organiser as the subject', 'The rally ended early. An organizer said the crowd had been “far bigger than expected”.', 'far bigger than expected', 'organizer'],
    ['an unnamed subject speaking of a named person after the verb', 'The rally ended early. An organizer said Ann Lee had been “far from the stage”.', 'far from the stage', 'organizer'],
    ['a place before the person noun, before a participle phrase', '“I was terrified,” said a Bristol mom recently mugged outside her home.', 'I was terrified,', 'Bristol mom'],
    ['another correspondent as the subject before a colon', 'Readers sent in their stories. Another correspondent wrote: “My brother plays until dawn.”', 'My brother plays until dawn.', 'Another correspondent'],
    ['a bandmate as the subject of a verb of informing', 'The singer never came on stage. A bandmate informed the audience he was “feeling unwell”.', 'feeling unwell', 'bandmate'],
    ['an author as the subject of a present-tense verb', 'The magazine ran a long essay. An author writes that the town “never forgave the mill”.', 'never forgave the mill', 'author'],
    ['a colleague after the verb behind a quote', '“She never missed a shift,” said one colleague.', 'She never missed a shift,', 'one colleague'],
    ['two nouns before the person noun, as the subject', 'Some spoke of loyalty. One village cricket player described the rule as “plain silly”.', 'plain silly', 'One village cricket player'],
  ])('%s', (_case, article, text, speaker) => {
    expect(quotesOfLines(article).find((q) => q.text === text)?.speaker).toBe(speaker);
  });
});

describe('common nouns that are not speakers', () => {
  test.each([
    ['a listener after a verb of telling', '“Go home,” the officer told one resident.', ['one resident', 'resident']],
    ['a person noun that describes the person noun after it', '“We are worried,” said a local shopkeeper. “Trade is slow,” said one local trader.', ['local']],
    ['part of a group with no speech verb close after it', 'Two of the students left early. Many of the residents who had lived there for decades were said to be upset.', ['Two of the students', 'Many of the residents']],
    ['an abbreviation that is the listener', '“Sit down,” the Speaker told one MP.', ['one MP', 'MP']],
    ['one of a group with no speech', 'One of the brokers left the firm in May.', ['One of the brokers']],
    ['a person named right after the noun', '“We will stay,” said a protester using the pseudonym Lark.', ['protester']],
    ['a person named at the end of the sentence after the quotation', '“We have nowhere to go,” said a man who gave his name only as Karim Haddad.', ['man']],
    ['a person named in apposition', '“It flooded twice,” said a local man, Peter Doyle.', ['man']],
    ['a body inside a longer subject', 'Members of the family said the result was “hard to take”.', ['family']],
    ['the authors inside a longer subject', 'One of the authors said the sample was “too small”. Two of the report’s authors left.', ['authors']],
    ['a team, which stands for the club a sports article names', 'Ashford United won the cup.\n“We are delighted,” the team said.', ['team']],
    ['a body that is the object of a verb', 'General Ama Boateng praised the army, calling it “the backbone of the nation”.', ['army']],
    ['a body owned by a place', 'Ghana’s army said the border was “calm”.', ['Ghana army']],
    ['a person with no speech verb next to it', 'A man was seen near the house. One woman left early.', ['man', 'One woman']],
    ['a described head with no “of” phrase', 'The head said the plan was “fine”. A member told us it was “late”.', ['head', 'member']],
    ['a passive “said to be”', 'A man said to be in his forties was arrested. One woman told to leave the bus refused.', ['man', 'One woman']],
    ['“the” and a person noun with an “of” phrase, who may be named before', 'Tariq Hussain runs the cafe.\nThe owner of the cafe said trade was “slow”.', ['owner of the cafe']],
    ['a noun of the list inside a quotation', '“Then said one parent to another: enough,” she recalled.', ['one parent']],
    ['a role in a named or definite body, who may be named elsewhere', 'Lena Park runs the museum.\n“Come in,” said the director of the museum.', ['director of the museum', 'director']],
    ['the owner of an indefinite business as the listener', '“Close the shop,” the officer told the owner of a corner shop.', ['owner of a corner shop']],
    ['a role in an indefinite body with no speech verb', 'The director of a local charity was arrested on Monday.', ['director of a local charity']],
  ])('%s', (_case, article, names) => {
    const found = actorsOfParagraphs(article).map((a) => a.name);
    for (const name of names) expect(found).not.toContain(name);
  });

  test.each([
    ['a named person speaking about a body', 'General Ama Boateng said the army would “hold the line”.', 'hold the line', 'Ama Boateng'],
    ['a kin noun of a named person', 'The mother of Ana Ruiz said her daughter was “heartbroken”.', 'heartbroken', null],
    ['a head named in apposition', 'The head of the agency, Mara Voss, said the rules were “clear”.', 'clear', 'Mara Voss'],
    ['a named person before an unnamed one', '“We lost everything,” said Rosa Diaz, a mother of two.', 'We lost everything,', 'Rosa Diaz'],
  ])('keeps the named speaker: %s', (_case, article, text, speaker) => {
    expect(quotesOfLines(article).find((q) => q.text === text)?.speaker).toBe(speaker);
  });
});
