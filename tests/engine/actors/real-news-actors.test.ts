import { describe, expect, test } from 'vitest';
import { markOutlets, namesOutlet } from '../../../src/engine/actors/mark-outlets.ts';
import { analyzeArticle } from '../../../src/engine/analyze-article.ts';
import type { Actor } from '../../../src/engine/schema.ts';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

/** Every name and alias the actors carry, as text. */
const namesOf = (actors: Actor[]): string[] => actors.flatMap((a) => [a.name, ...a.aliases]);

describe('findActors on real news text', () => {
  test.each([
    ['a general election (a title word, then an event)', 'The General Election will be held in May, Mr Blair confirmed.', ['Election', 'General Election']],
    ['an inquiry named after its chair', 'The Butler Inquiry reported to MPs on Wednesday.', ['Butler Inquiry', 'Butler']],
    ['a sponsored athletics meeting', 'Holmes will run at the Aviva Grand Prix in Glasgow.', ['Aviva Grand Prix', 'Grand Prix']],
    ['a city marathon', 'She is the favourite for the Berlin Marathon this autumn.', ['Berlin Marathon']],
    ['a country inside the name of a race', 'He will run the Great Kenya Run on Sunday.', ['Kenya', 'Great Kenya Run']],
    ['an award named after a person', 'Smith was given the Samuel Johnson Prize on Tuesday.', ['Samuel Johnson Prize', 'Samuel Johnson']],
    ['capitals before an event noun', 'He pulled out of the Glasgow International meeting.', ['Glasgow International']],
    ['the organiser of an event stays, the event goes', 'The IAAF World Championships open in August.', ['World Championships']],
    ['the title of a work after a capital “The”', 'Critics praised Ian McEwan’s The Comfort Zone last year.', ['Comfort Zone', 'The Comfort Zone']],
    ['“Who” opening a question', '“Who will pay for it?” asked Mr Kerr.', ['World Health Organization', 'Who']],
    ['a hyphenated word that describes the name', 'Kiev-based Naftogaz said it would pay.', ['Kiev-based Naftogaz']],
    ['a nationality noun before the name', 'Frenchman Pierre Dupont won the stage.', ['Frenchman Pierre Dupont']],
    ['a nationality adjective of two words', 'The Puerto Rican delegate abstained, a Saudi Arabian official said.', ['Puerto Rican', 'Saudi Arabian']],
    ['an acronym in brackets for common words', 'It will build 20,000 multi purpose vehicles (MPV) next year.', ['MPV']],
    ['a telescope', 'Data from the Hubble Space Telescope confirmed it.', ['Hubble Space Telescope']],
    ['an aircraft by its model number', 'The airline ordered ten Boeing B737 jets.', ['Boeing B737']],
    ['a film named as a film once and alone later', 'The stage version of the film Nanny Brown opens tonight. Nanny Brown was first a book.', ['Nanny Brown']],
    ['a novel in apposition', 'Her novel, Salt Lines, won the prize. Salt Lines sold well.', ['Salt Lines']],
    ['a play before “by” and its author', 'The Long Table by Anna Reyes was named best play.', ['Long Table', 'The Long Table']],
    ['a former employer before a title', 'Former Labour adviser Tom Watts said no.', ['Former Labour']],
    ['words in capitals and common acronyms', 'DO NOT pay by PC or GPS, the LLC said.', ['DO', 'NOT', 'PC', 'GPS', 'LLC']],
    ['a cape, a mount and a stadium', 'The rocket left Cape Canaveral, flew past Mount Kenya and landed near Ellis Park Stadium.', ['Cape Canaveral', 'Mount Kenya', 'Ellis Park Stadium']],
    ['a vaccination campaign', 'The Measles Eradication Campaign began in May.', ['Measles Eradication Campaign']],
    ['a team called by its organisation head', 'University beat Maroochydore in round five. University coach Brad Tronc said they fought.', ['University']],
    ['a book title of common words', 'Her memoir Never Enough sold well, and so did Too Much.', ['Never Enough', 'Too Much']],
    ['a place after a title and “of”, and after “in”', 'The court in Scotland ruled. First Minister of Scotland Ann Reid spoke.', ['Scotland']],
    ['places in brackets after writers’ names', 'The shortlist: Ann Reid (Canada), Tom Lake (Canada) and Eva Holm (Norway).', ['Canada', 'Norway']],
    ['the last place of an address', 'A lorry crashed in Alton, Hampshire, England at about 8am.', ['England']],
    ['capitalised posts with no name after them', 'The letter was signed by his Chief Press Secretary. A United States Senator and the Deputy Chief Minister objected.', ['Chief Press Secretary', 'United States Senator', 'Deputy Chief Minister']],
    ['a post “of” a body', 'She quit as General Director of Harbour Radio Network last year.', ['General Director of Harbour Radio Network', 'General Director']],
    ['a quoted nickname whose last word alone stands elsewhere', 'Memes called him "Sleepy Dan" all summer. He was a guest on the breakfast programme Good Morning Dan.', ['Sleepy Dan']],
    ['a word in capitals once that the article also writes in lower case', 'Fans called it a RANDOM choice. The choice was not random, she said. PLEASE stop, wrote another, please.', ['RANDOM', 'PLEASE']],
    ['a country’s name at the end of a region’s', 'Farmers in western New South Wales want rain. The virus spread in South America. She grew up in New Mexico.', ['Wales', 'United States', 'Mexico', 'America']],
    ['names after a possessive determiner', 'Congress met after their Easter Recess Week. The firm tested its Condor Heavy rocket, and fans of My Little Kitten queued.', ['Easter Recess Week', 'Condor Heavy', 'Little Kitten']],
    ['products after a well-known company', 'The worm raids Microsoft Outlook address books. Readers voted the Sony Walkman and the Nokia Communicator the best gadgets.', ['Microsoft Outlook', 'Sony Walkman', 'Nokia Communicator', 'Walkman', 'Communicator']],
    ['a ship by its prefix, and the same name alone later', 'The tanker MV Kestrel Dawn lost contact on Friday. Coastguards said Kestrel Dawn was last seen near Rona.', ['MV', 'Kestrel Dawn', 'MV Kestrel Dawn']],
    ['a ship renamed from another ship', 'Their ship, HMS Norfolk Star, was once RV Professor Anna Wendt.', ['Norfolk Star', 'Anna Wendt', 'Professor Anna Wendt', 'HMS', 'RV']],
    ['a ship after a kind of ship', 'The cargo ship Ilse Marten sank off the coast. Ilse Marten carried timber.', ['Ilse Marten']],
    ['names of laws by their head word', 'Under the Harbour Safety Act and the new Act of Parliament, the Marine Constitution and the Coastal Vehicle Regulations for Ferries apply.', ['Harbour Safety Act', 'Act of Parliament', 'Marine Constitution', 'Coastal Vehicle Regulations for Ferries']],
    ['names only inside short quotations', 'Ann Lee, one of the so-called “Harbour Wolves” elected in 1997, spoke. The mayor called it “Storm Chaser nonsense.”', ['Harbour Wolves', 'Storm Chaser']],
    ['software named by its head word', 'A patch fixes holes in Harbour Media Player and Quay Messenger.', ['Harbour Media Player', 'Quay Messenger']],
    ['capitals before “trial”', 'In the HALO trial, the drug served as a control.', ['HALO']],
    ['a work after its author and “for”', 'The first novel prize went to Susan Fairley for Ivy Marsh, beating the favourite.', ['Ivy Marsh']],
    ['a town before a noun after an age', 'The 35-year-old Cobh runner may run in March.', ['Cobh']],
    ['a conference after “at the”', 'She spoke at the Harbour Party Conference in Leeds, and details come at the Northern Circuits Conference.', ['Harbour Party Conference', 'Northern Circuits Conference']],
    ['abbreviations of common nouns', 'CCTV captured the car. The book’s ISBN number and FDI rules were cited, with advice to HM the Queen.', ['CCTV', 'ISBN', 'FDI', 'HM']],
    ['works described in an appositive', 'Readers chose Otto Vane, a story about a lighthouse. Rosa Lind’s Quiet Harbour, about a fishing town, came second. Deep Water, Lind’s bestseller set in Norway, sold well.', ['Otto Vane', 'Quiet Harbour', 'Deep Water']],
    ['two-word places opening with a Spanish article', 'The farm lies 60 miles south of Los Angeles, and the resort copies Las Vegas.', ['Los Angeles', 'Las Vegas']],
    ['a weekday before a lower-case body noun', 'On Friday police arrested him after Friday court hearings.', ['Friday police', 'Friday court']],
    ['a city of two words read only after “in”', 'Samples were taken in Tel Aviv and in Rio de Janeiro.', ['Tel Aviv', 'Rio de Janeiro']],
    ['a building and an exhibition only ever written after “the”', 'The bid to sell the Harbour Pavilion failed. Years after the Summer Exhibition closed, the Pavilion still stands.', ['Harbour Pavilion', 'Summer Exhibition']],
    ['a bill and a policy paper after “the” and “a”', 'Peers amended the Coastal Defence Bill. A Green Paper will follow.', ['Coastal Defence Bill', 'Green Paper']],
    ['a capitalised preposition before “reported” used as an adjective', 'Amongst reported cases of fraud, one bank stood out. Amidst reported delays, the trader Omar Khalid said the firm had left.', ['Amongst', 'Amidst']],
  ])('names no actor for %s', (_case, article, absent) => {
    const names = namesOf(actorsOf(article));
    for (const name of absent) expect(names).not.toContain(name);
  });

  test.each([
    ['Kiev-based Naftogaz said it would pay.', 'Naftogaz'],
    ['Frenchman Pierre Dupont won the stage.', 'Pierre Dupont'],
    ['The IAAF World Championships open in August.', 'IAAF'],
    ['The Tories and the Liberal Democrats both objected.', 'Liberal Democrats'],
    ['Data from the Centers for Disease Control were used.', 'Centers for Disease Control'],
    ['The singer Charlotte Church was there. Church said she loved it.', 'Charlotte Church'],
    ['The Alachua Sheriff’s Office tweeted the response.', 'Alachua Sheriff’s Office'],
    ['Defence Secretary Liam Fox spoke. Fox said the Sun was wrong.', 'Liam Fox'],
    ['Former Labour adviser Tom Watts said no.', 'Tom Watts'],
    ['The talk show Keane at Nine made his name; Roy Keane said he missed it. Keane added more.', 'Roy Keane'],
    ['The Honourable Grace Ndlovu spoke. Cde Ndlovu then left.', 'Grace Ndlovu'],
    ['Taoiseach Micheal Martin met the Bishop Emeritus Sean Brady.', 'Sean Brady'],
    ['The Harbour Assembly debated the plan. The Harbour Assembly’s decision came late.', 'Harbour Assembly'],
    ['The Quayside Gallery bought the painting.', 'Quayside Gallery'],
    ['Critics praised the Marta Olsen novel. Marta Olsen said she was surprised.', 'Marta Olsen'],
    ['She stars in the Marta Olsen drama, which opens tonight.', 'Marta Olsen'],
    ['The Harbour Walkers Network, a ramblers’ group, said it would appeal.', 'Harbour Walkers Network'],
    ['The Commons transport committee said drivers were scarce.', 'Commons transport committee'],
    ['Poland, Germany and Spain were quick to object.', 'Germany'],
    ['Prime Minister Ulf Kristersson of Sweden spoke. Sweden joined in March.', 'Sweden'],
    ['The government of Egypt ordered the closure.', 'Egypt'],
    ['The Bank of England raised rates.', 'Bank of England'],
    ['Anna Reyes, the author of the novel, spoke.', 'Anna Reyes'],
    ['“I told Tony Blair it was wrong,” she said.', 'Tony Blair'],
    ['Fourteen-year-old Maisie, on the top deck, said the roof fell in.', 'Maisie'],
    ['US Special Envoy for Iran Brian Hollis said no.', 'Brian Hollis'],
    ['“It cannot stand,” Hong Kong director of Amnesty International Man-kei Lo said.', 'Man-kei Lo'],
    ['“It cannot stand,” Hong Kong director of Amnesty International Man-kei Lo said.', 'Amnesty International'],
    ['Jordan Henderson scored twice.', 'Jordan Henderson'],
    ['The first novel prize went to Susan Fairley for Ivy Marsh, beating the favourite.', 'Susan Fairley'],
    ['Police issued a warrant for John Dorey on Friday.', 'John Dorey'],
    ['The Harbour Times and The Times both ran the story.', 'Times'],
    ['Maria Lopez, a film director, said no.', 'Maria Lopez'],
    ['Officers from Westshire police arrested two men.', 'Westshire police'],
    ['The case went to the Lakeland County criminal court in May.', 'Lakeland County criminal court'],
    ['The Dunmore County sheriff’s office said nothing.', 'Dunmore County sheriff’s office'],
      ['A rescue ship was named after Omar Haddad, a boy who drowned. Haddad’s aunt spoke. The ship, MV Omar Haddad, sails today.', 'Omar Haddad'],
    ['The worm raids Microsoft Outlook address books.', 'Microsoft'],
    ['Readers voted the Sony Walkman the best gadget of all time.', 'Sony'],
    ['Shares in Toshiba fell on Monday.', 'Toshiba'],
    ['Nokia Jan Berg, a company veteran, spoke first.', 'Jan Berg'],
    ['She quit as General Director of Harbour Radio Network last year.', 'Harbour Radio Network'],
    ['The European Court of Justice ruled on Tuesday.', 'European Court of Justice'],
    ['The novelist Stephen King wrote the foreword.', 'Stephen King'],
    ['Tennis great Billie Jean King agreed.', 'Billie Jean King'],
    ['Their lawyer, Anna Brandt, said they would appeal.', 'Anna Brandt'],
    ['South Korea said the talks would go on.', 'South Korea'],
    ['Northern Ireland will hold an election.', 'Northern Ireland'],
    ['The agency BRAVA made the posters. A text said: "brava shd make a statement." BRAVA declined.', 'BRAVA'],
    ['The WHO said who was at risk.', 'World Health Organization'],
    ['Sony Computer Entertainment said sales rose.', 'Sony Computer Entertainment'],
])('still finds the actor in %j', (article, name) => {
    expect(actorsOf(article).map((a) => a.name)).toContain(name);
  });

  test.each([
    ['the Liberal Democrats', 'The Lib Dems want a vote. A Lib Dem spokesman said the Liberal Democrats would win.', 'Liberal Democrats', ['Lib Dems', 'Lib Dem']],
    ['the Conservatives', 'The Tories rallied. Conservatives said the Conservative Party was united, and one Tory MP agreed.', 'Conservative Party', ['Tories', 'Conservatives', 'Tory']],
    ['Labour', 'Labour said no. The Labour Party later agreed.', 'Labour Party', ['Labour']],
    ['the House of Commons', 'MPs in the Commons voted late. The House of Commons then rose.', 'House of Commons', ['Commons']],
    ['a person with a surname of two words', 'The poet Michael Symmons Rowley won. Symmons Rowley said he was stunned.', 'Michael Symmons Rowley', ['Symmons Rowley']],
    ['a person called “Mme”', 'Emily Sparrow spoke first. Mme Sparrow then left.', 'Emily Sparrow', ['Sparrow', 'Mme Sparrow']],
    ['a senate named with its country and alone', 'The Harbour Islands Senate voted. The Senate then rose.', 'Harbour Islands Senate', ['Senate']],
    ['a parliament named with “of” and alone', 'The Parliament of Iraq voted. Parliament then rose.', 'Parliament of Iraq', ['Parliament']],
    ['an acronym of the name without its country', 'The US Harbour Safety Commission sued. The HSC said so.', 'US Harbour Safety Commission', ['HSC']],
    ['a name written with and without “and”', 'The Arts and Letters Research Council agreed. The Arts Letters Research Council said so.', 'Arts and Letters Research Council', ['Arts Letters Research Council']],
    ['a name written with and without its space, one read as a person’s', 'TimeStone said profits rose. Shares in Time Stone rose, and Time Stone shares fell.', 'Time Stone', ['TimeStone']],
    ['the House of Lords', 'The bill went back to the Lords. The House of Lords passed it.', 'House of Lords', ['Lords']],
    ['the Treasury', 'A former adviser to the Treasury spoke. HM Treasury declined to comment.', 'Treasury', ['HM Treasury']],
    ['the GOP', 'The GOP rejected the bill. The Republican Party chairman spoke.', 'Republican Party', ['GOP']],
    ['the BBC and its services', 'He told BBC News the plan had failed. BBC Radio 4 later aired it, and the BBC World Service followed.', 'BBC', ['BBC News', 'BBC Radio 4', 'BBC World Service']],
    ['a foreign ministry, named as first written', 'The Ministry of Foreign Affairs said no. The Foreign Ministry later agreed.', 'Ministry of Foreign Affairs', ['Foreign Ministry']],
    ['a national defence ministry, named as first written', 'The Turkish Ministry of Defence denied it, but the Turkish Defence Ministry later confirmed.', 'Turkish Ministry of Defence', ['Turkish Defence Ministry']],
    ['a justice department, named as first written', 'The Department of Justice sued. A Justice Department lawyer spoke.', 'Department of Justice', ['Justice Department']],
    ['an energy department, its short form first', 'The Energy Department said so. The Department of Energy later agreed.', 'Energy Department', ['Department of Energy']],
    ['a culture ministry written once, with its short form as an alias', 'The Ministry of Culture banned the film.', 'Ministry of Culture', ['Culture Ministry']],
    ['the US State Department, named as first written', 'The United States Department of State said so. The State Department later agreed.', 'United States Department of State', ['State Department']],
    ['a network and its news division', 'Speaking to NBC News, she said it was over. NBC later confirmed it.', 'NBC', ['NBC News']],
    ['an organisation and the acronym in brackets after it', 'The Northern Rivers Defence Front (NRDF) said it would talk. The NRDF later withdrew.', 'Northern Rivers Defence Front', ['NRDF']],
    ['an organisation and an acronym in brackets that is not its initials', 'The Federal Harbour Service (FHB) raided the office. FHB officers left at noon.', 'Federal Harbour Service', ['FHB']],
    ['a person and the handle in brackets after the name', 'The blogger Ines Varga (@ivarga_ba) wrote that the law was cruel. @ivarga_ba added: "Shame."', 'Ines Varga', ['@ivarga_ba']],
    ['an organisation and its handle in brackets', 'The Bergen Scholars Fund (@BergenFund) posted a video.', 'Bergen Scholars Fund', ['@BergenFund']],
    ['a handle that spells the person’s name', 'Fans wrote to Tomas Reyes after the show. @tomasreyes, come back, one fan wrote.', 'Tomas Reyes', ['@tomasreyes']],
    ['a country’s government by its demonym and the country that acts', 'The Mexican government protested on Monday. Mexico said the border would stay open.', 'Mexican government', ['Mexico']],
    ['a country’s government written two ways', 'The UK government said it would appeal. A judge said the British government had acted unlawfully.', 'UK government', ['British government']],
    ['a government named with “of” and the country', 'The Government of Hungary denied it. Hungary later said talks had begun.', 'Government of Hungary', ['Hungary']],
    ['an organisation after a describing compound, with its acronym', 'The Kurdish-led Harbour Defence Forces (HDF) said they had left.', 'Harbour Defence Forces', ['HDF']],
  ])('makes one actor of every form of %s', (_case, article, name, aliases) => {
    const actors = actorsOf(article);
    const matching = actors.filter((a) => [a.name, ...a.aliases].some((n) => n === name || aliases.includes(n)));
    expect(matching.map((a) => a.name)).toEqual([name]);
    expect(matching[0]!.aliases).toEqual(expect.arrayContaining(aliases.filter((a) => a !== name)));
  });

  test.each([
    ['a central bank with and without its country', 'The US Federal Reserve raised rates. The Federal Reserve said inflation was high.', 'US Federal Reserve', 'Federal Reserve'],
    ['a party with and without its demonym', 'Smith joined the Canadian Heritage Party in May. The Heritage Party said he was welcome.', 'Canadian Heritage Party', 'Heritage Party'],
    ['an embassy with the country written two ways', 'The United States Embassy closed. Staff left the U.S. Embassy by car.', 'United States Embassy', 'U.S. Embassy'],
    ['a court with and without its “of …”', 'The Supreme Court of Ghana ruled on Monday. The Supreme Court gave no reasons.', 'Supreme Court of Ghana', 'Supreme Court'],
    ['a company with and without its head word', 'Halden Technologies unveiled a phone. Halden said it would ship in May.', 'Halden Technologies', 'Halden'],
  ])('makes one actor of %s', (_case, article, name, short) => {
    const actors = actorsOf(article);
    expect(actors.find((a) => a.name === short)).toBeUndefined();
    expect(actors.find((a) => a.name === name)?.aliases).toContain(short);
  });

  test('reads a capitalised “the Embassy” as the embassy named before', () => {
    const actors = actorsOf('The British Embassy in Kabul closed on Friday. Staff were told to avoid the Embassy, and to call.');
    expect(actors.find((a) => a.name === 'British Embassy')?.aliases).toContain('Embassy');
    expect(actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  test('reads no back-reference into a capitalised head that opens a name', () => {
    const actors = actorsOf('Viewers told CNBC they were tired. The debates are run by the Commission on Presidential Debates.');
    expect(namesOf(actors)).not.toContain('Commission');
  });

  test('keeps a short name apart when two longer names fit it', () => {
    const actors = actorsOf('The Supreme Court of Ghana and the Supreme Court of Kenya met. The Supreme Court said nothing.');
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Supreme Court of Ghana', 'Supreme Court of Kenya', 'Supreme Court']));
  });

  test.each([
    ['two countries', 'Talks between the United States and Russia stalled.', ['United States', 'Russia']],
    ['two emergency services', 'The Scottish Ambulance Service and Glasgow Fire Brigade attended.', ['Scottish Ambulance Service', 'Glasgow Fire Brigade']],
    ['two broadcasters', 'He was dropped by CNN and CBS Radio in 2010.', ['CNN', 'CBS']],
    ['two universities with the same head', 'Researchers at the University of Leeds and Durham University took part.', ['University of Leeds', 'Durham University']],
    ['two papers, the second with its “The”', 'It was reported by the Independent and The Sunday Times.', ['Independent', 'Sunday Times']],
  ])('splits %s joined by “and”', (_case, article, names) => {
    const found = actorsOf(article).map((a) => a.name);
    expect(found).toEqual(expect.arrayContaining(names));
    expect(found.some((n) => n.includes(' and '))).toBe(false);
  });

  test.each([
    ['Food and Agriculture Organization', 'The Food and Agriculture Organization warned of famine.'],
    ['Department of Homeland Security', 'The Department of Homeland Security said so.'],
    ['Securities and Exchange Commission', 'The Securities and Exchange Commission fined the bank.'],
    ['Department of Health and Social Care', 'The Department of Health and Social Care said so.'],
    ['Bank of England', 'The Bank of England held rates.'],
  ])('keeps %j whole', (name, article) => {
    expect(actorsOf(article).map((a) => a.name)).toContain(name);
  });

  test.each([
    ['a person and the party in brackets', 'Councillor Tom Baxter (Labour) said the vote was fair.', ['Tom Baxter', 'Labour Party']],
    ['a person and the country in brackets', 'The shortlist included Ann Reid (Canada), who said she was thrilled. Canada said it was proud.', ['Ann Reid', 'Canada']],
    ['a regional government and the country', 'The Catalan government backed the plan, but Spain said it was unlawful.', ['Catalan government', 'Spain']],
    ['a government and its country named only as a place', 'Talks between Serbia and Kosovo ended without a deal, and the Serbian government blamed the Kosovo government.', ['Serbian government', 'Serbia', 'Kosovo government', 'Kosovo']],
    ['the governments of two countries', 'The French government and the German government agreed.', ['French government', 'German government']],
    ['a chamber and its committee', 'The Senate voted on Monday, and a Senate committee met on Tuesday.', ['Senate']],
    ['a commission and a nationality', 'The European Commission said so, and the European Medicines Agency agreed.', ['European Commission', 'European Medicines Agency']],
    ['an organisation and another organisation’s name in brackets', 'The Harbour Safety Board (Harbour Council) said it would act.', ['Harbour Safety Board', 'Harbour Council']],
  ])('keeps apart %s', (_case, article, names) => {
    expect(actorsOf(article).map((a) => a.name)).toEqual(expect.arrayContaining(names));
  });

  test.each([
    ['a race in a country', 'Kiprop won the 10,000m in Norway last summer.', 'Norway', false],
    ['a meeting at a venue in a country', 'The council will meet at its headquarters in Qatar in April.', 'Qatar', false],
    ['a runner from a country', 'Bekele beat a field of runners from Kenya.', 'Kenya', false],
    ['a nationality before a name', 'Jamaica’s Shelly-Ann Fraser won the 100m.', 'Jamaica', false],
    ['a country that acts', 'Norway has refused to sign the treaty.', 'Norway', true],
    ['a country as a recipient', 'The allies promised more tanks to Ukraine.', 'Ukraine', true],
    ['two countries at odds', 'Tensions between France and Germany grew.', 'France', true],
    ['a country named as a setting and as an actor', 'Talks were held in Norway. Later, Norway said it would sign.', 'Norway', true],
  ])('for %s, keeps the country as an actor: %s', (_case, article, name, kept) => {
    expect(actorsOf(article).some((a) => a.name === name)).toBe(kept);
  });
});

describe('markOutlets', () => {
  const kindOf = (text: string, name: string): string | undefined =>
    analyzeArticle({ paragraphs: text.split('\n\n').map((t, index) => ({ index, line: index + 1, text: t })) }).actors.find((a) => a.name === name)?.kind;

  test.each([
    ['an agency that relays the news', 'The minister resigned on Friday, according to Reuters.', 'Reuters', 'outlet'],
    ['a broadcaster someone spoke to', 'She told the BBC she would stand again.', 'BBC', 'outlet'],
    ['a paper that reported', 'The Financial Times reported that the deal was off.', 'Financial Times', 'outlet'],
    ['an unlisted news agency by its head', 'The Saudi Press Agency carried the statement.', 'Saudi Press Agency', 'outlet'],
    ['a broadcaster quoted as an organisation', '“We stand by our reporting,” the BBC said in a statement.', 'BBC', 'organization'],
    ['an organisation that is no outlet', 'Network Rail said the line was closed.', 'Network Rail', 'organization'],
    ['a paper whose own critic speaks', '“The jury got it wrong,” said the Morning Times\'s Anna Price.', 'Morning Times', 'organization'],
    ['a paper whose writer speaks by the curly possessive', 'Ballots close on Sunday.\n\n“It is too close to call,” said the Evening Times’s Ruth Okafor.', 'Evening Times', 'organization'],
    ['a paper cited beside a speaker of its own', '“It is too close to call,” said Ruth Okafor, as the Evening Times reported.', 'Evening Times', 'outlet'],
  ])('gives %s the kind it has in the story', (_case, text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind);
  });

  test('leaves people, places and groups as they are', () => {
    const actors = [
      { id: 'cnn', name: 'CNN', kind: 'place', aliases: [], roles: [], mentions: [] },
      { id: 'reuters', name: 'Reuters', kind: 'group', aliases: [], roles: [], mentions: [] },
    ] satisfies Actor[];
    expect(markOutlets(actors, []).map((a) => a.kind)).toEqual(['place', 'group']);
  });
});

describe('namesOutlet', () => {
  test.each([
    ['Reuters', true],
    ['The Times', true],
    ['the Samoa Observer', true],
    ['Xinhua News Agency', true],
    ['Ballot Access News', true],
    ['Network Rail', false],
    ['News', false],
    ['Royal Mail', false],
    ['Jane Doe', false],
  ])('%j names an outlet: %s', (name, expected) => {
    expect(namesOutlet(name)).toBe(expected);
  });
});
