import { describe, expect, test } from 'vitest';
import type { Actor } from '../../../src/engine/schema.ts';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const summary = (a: Actor): [string, string] => [a.name, a.kind];
const find = (actors: Actor[], name: string): Actor | undefined => actors.find((a) => a.name === name);

describe('findActors', () => {
  test.each([
    ['a person with a role and country before the name', 'German Chancellor Olaf Scholz spoke.', 'Olaf Scholz', { kind: 'person', roles: ['German Chancellor'], country: 'Germany' }],
    ['a person with an appositive role', '“No,” Dmitry S. Peskov, a Kremlin spokesman, said.', 'Dmitry Peskov', { kind: 'person', roles: ['Kremlin spokesman'], affiliation: 'Kremlin', aliases: ['Dmitry S. Peskov'] }],
    ['a person with a lower-case role before the name', 'Kremlin spokesperson Dmitry Peskov warned of conflict.', 'Dmitry Peskov', { roles: ['Kremlin spokesperson'], affiliation: 'Kremlin' }],
    ['a role after a possessive country and a comma', 'France’s foreign minister, Stéphane Séjourné, spoke.', 'Stéphane Séjourné', { roles: ['foreign minister'], country: 'France' }],
    ['a country after the name', 'Prime Minister Ulf Kristersson of Sweden spoke.', 'Ulf Kristersson', { roles: ['Prime Minister'], country: 'Sweden' }],
    ['surname, Mr and Mr. forms merged into the full name', 'Andrew S. Weiss spoke. Mr. Weiss left. Then Mr Weiss and Weiss returned.', 'Andrew Weiss', { kind: 'person', aliases: ['Andrew S. Weiss', 'Weiss', 'Mr. Weiss', 'Mr Weiss'] }],
    ['a role the article gave the person as a mention, not an alias', 'The French President Emmanuel Macron spoke.\n\nThe French leader seems alone.', 'Emmanuel Macron', { aliases: [], mentions: [{ paragraph: 0 }, { paragraph: 1, start: 0, end: 17 }] }],
    ['a defence secretary named by the role later, which is no alias', 'Defence Secretary Ana Ruiz visited the base.\n\nThe Defence Secretary said the troops would stay.', 'Ana Ruiz', { aliases: [], mentions: [{ paragraph: 0 }, { paragraph: 1, start: 0, end: 21 }] }],
    ['a title that names its one holder, as an alias', 'Queen Margrethe opened the bridge.\n\nThe Queen said it was a fine day.', 'Margrethe', { aliases: ['Queen'] }],
    ['a member’s title in capitals before the name', 'Local TD Niamh Kerr said the ward would close.', 'Niamh Kerr', { kind: 'person', roles: ['TD'] }],
    ['a party and a member’s title in capitals before the name', 'Opposition MLA Ravi Menon walked out.', 'Ravi Menon', { kind: 'person', roles: ['Opposition MLA'] }],
    ['an anonymous source with its affiliation', 'A NATO official said no.', 'NATO official', { kind: 'anonymous', affiliation: 'NATO' }],
    ['a plural anonymous source with a nationality', 'British defence sources have said so.', 'British defence sources', { kind: 'anonymous', country: 'United Kingdom' }],
    ['a palace source', 'An Elysée Palace source said so.', 'Elysée Palace source', { kind: 'anonymous', affiliation: 'Elysée Palace', country: 'France' }],
    ['the Kremlin as an organisation of Russia', 'The Kremlin warned on Tuesday.', 'Kremlin', { kind: 'organization', country: 'Russia' }],
    ['“TITLE of PLACE NAME”: the place in the role, not the name', 'Mayor of Leeds Amina Rahl opened the bridge.', 'Amina Rahl', { kind: 'person', roles: ['Mayor of Leeds'] }],
    ['“The TITLE of X, the Rt Rev Dr NAME”: the role past the honorifics', 'The Bishop of Carlisle, the Rt Rev Dr Alan Pryce, spoke.', 'Alan Pryce', { kind: 'person', roles: ['Bishop of Carlisle'] }],
    ['a sports team introduced as an “outfit”, at the end of a list of rivals', 'Dale ruled out Porto, or Chilean outfit Blue Condors Arica, who also asked about him.', 'Blue Condors Arica', { kind: 'organization' }],
    ['a name introduced by “club”', 'The winger joined second-tier club Harbour Vale Rovers in June.', 'Harbour Vale Rovers', { kind: 'organization' }],
    ['a person after a club post, not the club', 'Club chairman Idris Mallory said the fee was fair.', 'Idris Mallory', { kind: 'person' }],
    ['a name introduced by an organisation noun', 'The list was drawn up by US magazine Pocket Tech.', 'Pocket Tech', { kind: 'organization' }],
    ['a nation of the United Kingdom as a place', 'Scotland has closed its schools.', 'Scotland', { kind: 'place' }],
    ['an acronym merged with its expansion', 'The European Union agreed. The EU will pay.', 'European Union', { kind: 'organization', aliases: ['EU'] }],
    ['a mixed-case acronym of a known institution', 'Nato allies met. NATO said no.', 'NATO', { kind: 'organization', aliases: ['Nato'] }],
    ['an organisation by its head word', 'Andrew Weiss of the Carnegie Endowment for International Peace spoke.', 'Carnegie Endowment for International Peace', { kind: 'organization' }],
    ['short country forms', 'The UK and Britain joined the US and the U.S. talks.', 'United Kingdom', { kind: 'place', aliases: ['UK', 'Britain'] }],
    ['a country’s demonym gives the person’s country', 'Ukrainian President Volodymyr Zelensky spoke.', 'Volodymyr Zelensky', { country: 'Ukraine', roles: ['Ukrainian President'] }],
    ['a plural demonym as a group', 'The Russians did not reply.', 'Russians', { kind: 'group', country: 'Russia' }],
    ['a person introduced by a West African form of address', 'The Governor, Alhaji Musa Danladi, spoke. Mallam Sani Garba lost his farm.', 'Musa Danladi', { kind: 'person' }],
    ['a person’s two names run straight into a capitalised post “for” a body', '“We can open again,” said Mara Quinlan Executive Director for Harbor Light Players in Tacoma.', 'Mara Quinlan', { kind: 'person' }],
    ['a person’s two names before a post “at” a body', '“We can open again,” said Tom Ardle Chief Executive at Westfield Rowing Club.', 'Tom Ardle', { kind: 'person' }],
    ['a person’s two names before a post “of” a body, the person', '“The water is safe again,” said Lena Okafor Director of Norwood Water Board.', 'Lena Okafor', { kind: 'person' }],
    ['a person’s two names before a post “of” a body, the body whole', '“The water is safe again,” said Lena Okafor Director of Norwood Water Board, at the quay.', 'Norwood Water Board', { kind: 'organization' }],
    ['a person’s two names before a post “of the” body', '“The water is safe again,” said Lena Okafor Director of the Norwood Water Board.', 'Lena Okafor', { kind: 'person' }],
    ['a surname spelt like a West African form of address without its period', 'Attorney General Rob Barr (R-Ky.) refused to testify.', 'Rob Barr', { kind: 'person' }],
    ['a person known by a first name and an age', 'Nearby, Joel, 58, a fisherman, was salvaging planks.', 'Joel', { kind: 'person' }],
    ['people briefed on the matter, with what describes them', 'Two people briefed on the matter said so.', 'people briefed on the matter', { kind: 'anonymous' }],
    ['an agency named by a sector and a place', 'Transport Scotland closed the bridges.', 'Transport Scotland', { kind: 'organization' }],
    ['a councillor’s title before the name and Cr before the surname', 'Councilmember Rosa Delgado proposed the plan. Mayor Carol Dunn agreed. Cr Dunn spoke last.', 'Carol Dunn', { kind: 'person', aliases: ['Dunn', 'Cr Dunn'] }],
    ['Councilmember as a role, not part of the name', 'Councilmember Rosa Delgado proposed the plan.', 'Rosa Delgado', { roles: ['Councilmember'] }],
    ['an id as the slug of the display name', 'Stéphane Séjourné spoke.', 'Stéphane Séjourné', { id: 'stephane-sejourne' }],
    ['an organisation whose name holds a possessive', 'Kwame Asante of King’s College London spoke.', 'King’s College London', { kind: 'organization' }],
    ['an association whose name holds a plural possessive', 'Colleen Ferris speaks for the Eastern Shore Fishermen’s Protective Association.', 'Eastern Shore Fishermen’s Protective Association', { kind: 'organization' }],
    ['an asset manager by its head word', 'Tom Reyes works at Halden Asset Management.', 'Halden Asset Management', { kind: 'organization' }],
    ['an organisation followed by “on” and a weekday', 'The head of the Halifax Port Authority on Thursday defended the plan.', 'Halifax Port Authority', { kind: 'organization' }],
    ['an organisation after a month and “the”', 'In November the Royal College of Nursing said wards were full.', 'Royal College of Nursing', { kind: 'organization' }],
    ['a body after a weekday and “the”', 'On Friday the Harbour Board of Trade voted to close the pier.', 'Harbour Board of Trade', { kind: 'organization' }],
    ['an administration named after a person', 'The Trump administration declared an emergency.', 'Trump administration', { kind: 'organization' }],
    ['a ferry operator by its head word', 'Ferry operator Irish Sea Lines cancelled sailings.', 'Irish Sea Lines', { kind: 'organization' }],
    ['a surname that is also a word, after a given name', 'Shadow minister Theresa May spoke. Mrs May said no.', 'Theresa May', { kind: 'person', aliases: ['May', 'Mrs May'] }],
    ['a surname that is also a word, with a role after it', 'Union leader Jeremy Dear, the general secretary, spoke.', 'Jeremy Dear', { kind: 'person' }],
    ['a given name that is also a word', 'Bill Gerstenmaier of NASA spoke.', 'Bill Gerstenmaier', { kind: 'person' }],
    ['a surname that is also a speech verb, after a given name and alone later', 'The anthem was written by radio presenter Tom Read. Read said it took a week.', 'Tom Read', { kind: 'person', aliases: ['Read'] }],
    ['a month after a preposition is not the surname of the person named before', 'Theresa May spoke in May.', 'Theresa May', { aliases: [] }],
    ['a court named with “of the” and a country', 'The appeal went to the High Court of the Republic of Ireland last year.', 'High Court of the Republic of Ireland', { kind: 'organization' }],
    ['an office named with “of the” and a title', 'The Office of the Chief Inspector for Prisons said so.', 'Office of the Chief Inspector for Prisons', { kind: 'organization' }],
    ['a commission with “and” after a country prefix', 'The U.S. Markets and Exchange Authority said so.', 'U.S. Markets and Exchange Authority', { kind: 'organization' }],
    ['a surname that is a place word, before a speech verb', '“We lost everything,” Mina Park said on Monday.', 'Mina Park', { kind: 'person' }],
    ['a surname that is a place word, after a title', 'Judge Helen Lane ruled that the case could go on.', 'Helen Lane', { kind: 'person', roles: ['Judge'] }],
    ['a surname that is a place word, before an age', 'Owen Park, 63, runs the ferry.', 'Owen Park', { kind: 'person' }],
    ['a name after a list that starts with a lower-case phrase', 'The Harbour was named best musical, Clara Voss was best actress.', 'Clara Voss', { kind: 'person' }],
    ['an example after “such as” in a sentence with “star”', 'News spread that a star such as Dev Malik had left.', 'Dev Malik', { kind: 'person' }],
    ['the actor who plays a character', 'The comedy stars Paul Reid as Harvey Fenwick.', 'Paul Reid', { kind: 'person' }],
    ['one name given as a pseudonym', 'The march went on, said a student using the pseudonym Lin.', 'Lin', { kind: 'person' }],
    ['one name given “only as”', 'A nurse who was identified only as Farida described the night.', 'Farida', { kind: 'person' }],
    ['one name given as someone’s name', 'A driver, who gave his name as Tomasz, waited.', 'Tomasz', { kind: 'person' }],
    ['a relative’s first name set off by commas', 'He spent the day with his daughter, Ines, at the harbour.', 'Ines', { kind: 'person' }],
    ['one of a family’s children as an anonymous source', 'One of the daughters said the house was always locked.', 'One of the daughters', { kind: 'anonymous' }],
    ['representatives with where they come from', 'On Sunday, representatives from Peru rejected the offer.', 'representatives from Peru', { kind: 'anonymous' }],
    ['a spokesman named through the person he works for', 'Ms Okafor’s official spokeswoman said the minister would stay.', 'Ms Okafor’s official spokeswoman', { kind: 'anonymous' }],
    ['a spokesman named through “the” and a lower-case title', 'Later the prime minister’s spokesman was asked about the letter.', 'prime minister’s spokesman', { kind: 'anonymous' }],
    ['a spokeswoman of a body whose name has lower-case links', 'The Department for Rail and Roads runs the scheme.\n\nA Department for Rail and Roads spokeswoman said fares would rise.', 'Department for Rail and Roads spokeswoman', { kind: 'anonymous' }],
    ['an aide named through an organisation', 'A Halden Bank’s spokesperson declined to comment.', 'Halden Bank’s spokesperson', { kind: 'anonymous' }],
    ['the bare surname once the full name came first', 'Singer Doris Fairday met Petra Frost.\n\nFrost said little.', 'Petra Frost', { aliases: ['Frost'] }],
    ['commentators named only as a crowd before a speech verb', 'Analysts said the fall in sales was steep.', 'Analysts', { kind: 'anonymous' }],
    ['one commentator with “one”', 'It was what one economist calls a lost decade for wages.', 'one economist', { kind: 'anonymous' }],
    ['a quantifier and describing words before commentators', 'Some political analysts argue the vote was a warning.', 'Some political analysts', { kind: 'anonymous' }],
    ['a country before commentators', 'The site was shut, and Thai authorities said it had broken the law.', 'Thai authorities', { kind: 'anonymous' }],
    ['“the” before commentators is no part of the name', 'Later the regulators said the bank had been warned.', 'regulators', { kind: 'anonymous' }],
    ['a social-media handle opening a post', '@harbourwatch: The ferry is late again.', '@harbourwatch', { kind: 'person' }],
    ['a capitalised handle inside quotation marks', 'She wrote: “@MinaRoss_22: We will march on Friday.”', '@MinaRoss_22', { kind: 'person' }],
    ['a username with underscores after “user”, a language tag and an adverb', 'Forum user k_v_m replied [de] curtly: “Never.”', 'k_v_m', { kind: 'person' }],
    ['a hyphenated username after “blogger”', 'Local blogger red-river-dawn wrote that the mayor “must resign”.', 'red-river-dawn', { kind: 'person' }],
    ['a username of letters and digits before a speech verb', '“Go home,” harbour99 responded to the clip.', 'harbour99', { kind: 'person' }],
    ['a username right after a speech verb behind a quotation', '“It is over,” posted Tide5.', 'Tide5', { kind: 'person' }],
    ['a blog named in lower case that opens a paragraph and speaks', 'The mayor spoke.\n\nharbourlog wrote that the plan was dead.', 'harbourlog', { kind: 'organization' }],
    ['a name in single brackets is still a name', 'The paper (Harbour News) said the vote was close.', 'Harbour News', { kind: 'organization' }],
    ['a caption glued to its picture credit', 'Ada LoweImage: Harbour Press.\n\nAda Lowe said she would stand again.', 'Ada Lowe', { kind: 'person' }],
    ['an airport followed by a speech verb stands for its operator', 'Kelby Airport said all flights were cancelled.', 'Kelby Airport', { kind: 'organization' }],
    ['an airport, auxiliary and speech verb', 'Marston Airport has confirmed the runway is shut.', 'Marston Airport', { kind: 'organization' }],
    ['the body after “TITLE of” with no name after', 'A Member of Parliament from Leeds walked out.', 'Parliament', { kind: 'organization' }],
    ['the body after “TITLE of the”', 'A Minister of the Regional Assembly agreed.', 'Regional Assembly', { kind: 'organization' }],
    ['a surname of a particle joined by a hyphen', 'Foreign Minister Karim Hassan el-Badri of Jordan spoke.', 'Karim Hassan el-Badri', { kind: 'person', country: 'Jordan' }],
    ['a hyphen-joined particle surname after two given names, then the bare surname', 'Leader Omar Faisal al-Rashid spoke. Later al-Rashid left.', 'Omar Faisal al-Rashid', { kind: 'person' }],
    ['the person after “TITLE of BODY (POST-NOMINAL)”', 'Member of Parliament (MP) Ada Lowe of the Green Party added, "No."', 'Ada Lowe', { kind: 'person' }],
  ])('finds %s', (_name, article, name, expected) => {
    const actor = find(actorsOf(article), name);
    expect(actor).toMatchObject(expected);
  });

  test.each([
    ['sentence-initial words', 'Speaking at a press conference, she left. Talk of a deal faded. Following the summit, nothing changed.', ['Speaking', 'Talk', 'Following']],
    ['days and months', 'On Monday, Tuesday and in March the talks went on.', ['Monday', 'Tuesday', 'March']],
    ['a name word with nobody of that name before it', 'Frost covered the fields. Hope remained. In May the thaw came.', ['Frost', 'Hope', 'May']],
    ['a hyphen-joined particle word opens no name', 'Fighters of al-Nusra left the town.', ['al-Nusra']],
    ['administrative units named by a foreign head word', 'Floods hit Tverskaya Oblast, Primorsky Krai and Aichi Prefecture.', ['Tverskaya Oblast', 'Primorsky Krai', 'Aichi Prefecture']],
    ['a lower-case word after “user” that is no username', 'One user simply wrote that the update was “broken”. A blogger well-known locally wrote more.', ['simply', 'well-known']],
    ['“One of the reasons …”: no person', 'One of the reasons was cost. One of the most famous cases came later.', ['One of the reasons', 'One of the most']],
    ['a district named with a compass word', 'Theatres in the West End reopened.', ['West End', 'West']],
    ['a holiday, not a given name and a surname', 'Shops closed on Memorial Day and Election Day.', ['Memorial Day', 'Election Day']],
    ['generic capitalised phrases', 'It was the largest war since World War II, the North Star of policy.', ['World War II', 'North Star', 'World', 'War']],
    ['capital cities used as places', 'Officials in Paris and Moscow maintain contacts.', ['Paris', 'Moscow']],
    ['a place before “man” and a name says where the person is from', 'Northern Ireland man Jim Tully won in Madrid.', ['Northern Ireland', 'Ireland']],
    ['the owner of a work title is in the title, not a person dropped with it', 'She hosted the talk show Rita Vale’s Late Hour.', ['Rita Vale’s Late Hour']],
    ['contractions inside quotes', '“I’ve told you,” he said. “It’s over.”', ['I’ve', 'It’s']],
    ['headings in capitals', 'WEB DESK FILE PHOTO', ['WEB DESK', 'FILE']],
    ['named storms', 'Storm Orla brought gusts of 90mph. Typhoon Marlon made landfall.', ['Storm Orla', 'Orla', 'Typhoon Marlon', 'Marlon']],
    ['a dam named after a place', 'Water was released from the Lagdo Dam in Cameroon.', ['Lagdo Dam', 'Lagdo']],
    ['a place after “the village of”', 'She came from the fishing village of San Roque, near the coast.', ['San Roque']],
    ['a capitalised plural noun that starts a sentence', 'Neighbours said the street was quiet. Diplomats said talks would go on.', ['Neighbours', 'Diplomats']],
    ['“of the” after a name that is no organisation', 'Amina Rahl of the Halden Bank spoke. The Mayor of the Borough left.', ['Amina Rahl of the Halden Bank', 'Mayor of the Borough']],
    ['a street or a park with no sign of a person', 'The bus hit a wall on Mill Lane, Harwich. Crowds filled Victoria Park that day.', ['Mill Lane', 'Victoria Park']],
    ['a park after a locative preposition before a speech verb', 'The crowd at Riverside Park said little.', ['Riverside Park']],
    ['a place after “known as”, which names no person', 'They met in the district known as Harbourside.', ['Harbourside']],
    ['a capital after a relative and a comma that a longer phrase follows', 'She lives with her husband, Lisbon born and bred.', ['Lisbon']],
    ['later titles in a list after a kind of work', 'Her films include Harbour Lights, Mary Dunmore and Far From Oslo.', ['Mary Dunmore']],
    ['later titles in a list of episodes', 'New episodes of Rooftops, Gilbert Crane and The Long Shift leaked.', ['Gilbert Crane']],
    ['a character after “as” and a role in a sentence about a cast', 'The revival will star Ann Price as the stern aunt, Edith Moss.', ['Edith Moss']],
    ['a character right after “as” with a casting word', 'The comedy stars Paul Reid as Harvey Fenwick.', ['Harvey Fenwick']],
    ['a capital head that ends a name after “of”', 'The House of Representatives from Ohio voted.', ['Representatives from Ohio']],
    ['a possessive before a word that describes the head', 'Ms Okafor’s official spokeswoman said so.', ['Ms Okafor’s official']],
    ['a possessive of a bare lower-case title, with no “the”', 'A minister’s spokesman said so.', ['minister’s spokesman']],
    ['a possessive before a head that is no spokesperson', 'The chairman’s lawyer said so. Mr Okafor’s minister left.', ['chairman’s lawyer', 'Mr Okafor’s minister']],
    ['a possessive of a person before an organisation stays split', 'Obama’s Justice Department sued.', ['Obama’s Justice Department']],
    ['a singular commentator with no quantifier', 'Critic Ama Boateng said the play was too long. An analyst at Vell Bank left.', ['Critic', 'critic']],
    ['commentators not before a speech verb', 'Critics of the plan met on Monday. Experts from the region arrived.', ['Critics', 'Experts']],
    ['commentators owned by a name', 'Ms Okafor’s critics said she had gone too far.', ['critics', 'Ms Okafor’s critics']],
    ['commentators after a word that is no part of the crowd', 'The head of the force’s internal investigators told the court it was wrong.', ['investigators', 'internal investigators']],
    ['a name inside a handle, or an e-mail address', 'She wrote: “@MinaRoss_22: We will march.” Write to press@halden.org.', ['MinaRoss_22', 'MinaRoss', '@halden']],
    ['words with digits that speak for no one', 'Flight MH370 said nothing. The #VOTE2024, writes the paper. “Q,” said the A380 pilot. Some call it new. web3 says it all. She said Tide5 was shut.', ['MH370', 'VOTE2024', '#VOTE2024', 'A380', 'web3', 'Tide5']],
    ['lower-case words opening a paragraph that are no blog', 'The mayor spoke.\n\nofficials said the plan was dead.\n\nwe argued it was late.\n\nharbourlog is a blog.\n\nThe plan, harbourlog said, was dead.', ['officials', 'we', 'harbourlog']],
    ['an interviewer’s label in double brackets', '((HN)) Why did you stand for the council?\n((Harbour News)) What will you do first?', ['HN', 'Harbour News']],
    ['a name glued to a credit label', 'Ada LoweImage: Harbour Press.', ['Ada LoweImage', 'Ada Lowe Image', 'LoweImage']],
    ['a festival written “Fest”', 'She played the Harbour Jazz Fest last year.', ['Harbour Jazz Fest', 'Harbour Jazz']],
    ['a cathedral struck in an attack', 'Two bombs struck the Holm Cathedral on Sunday morning.', ['Holm Cathedral', 'Holm']],
    ['a mosque and a chapel named as places', 'Worshippers left the Noor Mosque and walked to Saint Anne Chapel.', ['Noor Mosque', 'Saint Anne Chapel']],
    ['an airport between two places', 'The plane came down between Deran Airport and Kovo International Airport. Deran Airport is run by the army.', ['Deran Airport', 'Kovo International Airport']],
    ['a roadway at the end of a march', 'The march reached the square at the end of Linden Roadway.', ['Linden Roadway']],
    ['a member’s title in capitals', 'Local TD Niamh Kerr said the ward would close. Opposition MLA Ravi Menon walked out.', ['TD', 'MLA']],
    ['“TITLE of BODY” as a role, not an organisation', 'A Member of Parliament from Leeds walked out. A Minister of Legislative Assembly agreed.\n\nMember of Parliament (MP) Ada Lowe of the Green Party added, "No."', ['Member of Parliament', 'Minister of Legislative Assembly']],
    ['a body named for a person, with no post in it', '“We can open again,” said Tony Blair Institute of Global Change director Ann Roe.', ['Tony Blair']],
    ['a body whose name holds a post and “of”', '“We can open again,” said the Council of Chief Executives of Housing Associations.', ['Housing Associations']],
    ['a named chair after a determiner', '“We can open again,” said Ann Roe, who holds the Nelson Mandela Chair of the Harbour Institute.', ['Nelson Mandela']],
  ])('finds no actor in %s', (_name, article, names) => {
    const found = actorsOf(article).map((a) => a.name);
    for (const name of names) expect(found).not.toContain(name);
  });

  // Known failure: before a verb of saying the run stays one organisation, since its body would stand nearest the verb.
  test.fails('splits a person’s names, post “of” a body before “said”', () => {
    expect(find(actorsOf('“We can keep the ward open,” Lena Okafor Director of Norwood Health Trust said.'), 'Lena Okafor')).toMatchObject({ kind: 'person' });
  });

  test('keeps misspelt variants of a name apart', () => {
    const actors = actorsOf('Petr Fiala spoke. Later Petr Fialia spoke again.');
    expect(actors.map(summary)).toEqual([
      ['Petr Fiala', 'person'],
      ['Petr Fialia', 'person'],
    ]);
  });

  test('gives each actor its mentions as paragraph offsets', () => {
    const actors = actorsOf('Mr Macron spoke.\n\nEmmanuel Macron left.');
    expect(find(actors, 'Emmanuel Macron')?.mentions).toEqual([
      { paragraph: 0, start: 3, end: 9 },
      { paragraph: 1, start: 0, end: 15 },
    ]);
  });

  test.fails('knows a role given only with “the” before the name appears (known failure)', () => {
    const actors = actorsOf('The French President suggested the idea.\n\nEmmanuel Macron said so.');
    expect(find(actors, 'Emmanuel Macron')?.mentions).toHaveLength(2);
  });
});
