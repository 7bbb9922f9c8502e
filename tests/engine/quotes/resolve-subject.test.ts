/**
 * Stage 2 of attribution (resolve-subject.ts and the role resolution it relies on): who "he",
 * "she", "the minister", "the father", "the Tory leader", "a NAME spokesman" is. News-shaped
 * sentences written for these tests; rows with speaker null show where the resolver must withhold.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, resolution?: string];

/** [text, speaker, resolution] per quote of lines (one paragraph each). */
function resolutionsOf(article: string): Row[] {
  return quotesOfLines(article).map((q) => (q.resolution ? [q.text, q.speaker, q.resolution] : [q.text, q.speaker]));
}

describe('resolveSubject: role nouns standing for a person named before', () => {
  test.each<[string, string, Row[]]>([
    [
      'a party role ("the Tory leader") fits the party’s leader named before, though no country was given for him',
      'Tory leader Graham Pell toured a factory.\nA film maker, Owen Rusk, followed him for a week.\nThe Tory leader was asked about his plans.\nHe replies: “We will cut the tax.”',
      [['We will cut the tax.', 'Graham Pell', 'pronoun-to-antecedent']],
    ],
    [
      'a party role as the subject of a partial quote',
      'Labour leader Ruth Dane spoke in Leeds.\nCritics call her plans vague.\nThe Labour leader brands such claims as “plain wrong”.',
      [['plain wrong', 'Ruth Dane', 'role-to-person']],
    ],
    [
      '“the CBI boss” for the CBI’s director general',
      'Sir Digby Lowe, CBI director general, warned the chancellor.\n“Do not waste it,” the CBI boss said.',
      [['Do not waste it,', 'Digby Lowe', 'role-to-person']],
    ],
    [
      '“the Zalvo boss” for its chief executive, not the chairman of another firm',
      'Zalvo chief executive Terry Okafor met Asda chairman Tom Dee.\n“Sales are up,” the Zalvo boss said.',
      [['Sales are up,', 'Terry Okafor', 'role-to-person']],
    ],
    [
      'a deputy is not the boss',
      'Zalvo deputy chairman Tom Dee spoke.\n“Sales are up,” the Zalvo boss said.',
      [['Sales are up,', null]],
    ],
    [
      '“the Liberal Democrat leader” for “Lib Dem leader NAME”: another name of the same party before the role',
      'Lib Dem leader Charles Kenning spoke in Bath.\n“We will act,” the Liberal Democrat leader said.',
      [['We will act,', 'Charles Kenning', 'role-to-person']],
    ],
    [
      '“the shadow chancellor” is not the Chancellor',
      'Shadow chancellor Oliver Lette attacked the plan.\nChancellor Gordon Braun defended it.\n“It is a con,” the shadow chancellor said.',
      [['It is a con,', 'Oliver Lette', 'role-to-person']],
    ],
    [
      'a party named before a role of another party is not its qualifier',
      'Labour attacked Tory leader Michael Heward.\n“We will act,” the Labour leader said.',
      [['We will act,', null]],
    ],
    [
      '“the Vice President” for the person titled “Vice President” before',
      'Vice President Dana Roe flew to Oslo on Monday.\n“Our allies can count on us,” said the Vice President during the visit.',
      [['Our allies can count on us,', 'Dana Roe', 'role-to-person']],
    ],
    [
      '“the vice president” of a firm, written in lower case after the name',
      'Ola Berg, vice president of Tarvo Foods, met farmers.\nThe vice president told them: “Prices will rise.”',
      [['Prices will rise.', 'Ola Berg', 'role-to-person']],
    ],
    [
      '“the president” is not the vice president',
      'Vice President Dana Roe flew to Oslo on Monday.\n“Our allies can count on us,” said the president.',
      [['Our allies can count on us,', null]],
    ],
    [
      '“the vice president” is not the president',
      'President Ian Holt flew to Oslo on Monday.\n“Our allies can count on us,” said the vice president.',
      [['Our allies can count on us,', null]],
    ],
    [
      '“the Pope” for the one person whose name opens with the title “Pope”',
      'Pope Leo met pilgrims in Rome on Sunday.\n“Peace is possible,” the Pope said.',
      [['Peace is possible,', 'Pope Leo', 'role-to-person']],
    ],
    [
      'a document “signed by the king” speaks for the king named before with that title',
      'King Harald spoke in Oslo on Monday.\nThe decree signed by the king read: “The assembly will sit in June.”',
      [['The assembly will sit in June.', 'King Harald', 'role-to-person']],
    ],
    [
      '“the queen” with two queens named before stays unresolved',
      'Queen Ana met Queen Sofia in Madrid.\n“We are old friends,” the queen said.',
      [['We are old friends,', null]],
    ],
    [
      '“the king” is not a prince',
      'Prince Olav toured the port on Monday.\n“The fleet is ready,” the king said.',
      [['The fleet is ready,', null]],
    ],
    [
      'a party role fitting two people of the party stays unresolved',
      'Tory leader Graham Pell and former Tory leader Iain Mott met.\n“We agree,” the Tory leader said.',
      [['We agree,', null]],
    ],
    [
      'a qualified office (“the prime minister”) is the person the sentence before opens on, though no lead gave the role',
      'Dana Holt has spoken to the union.\nThe deal was vital, Ms Holt warned.\nThe prime minister urged both sides to “talk again”.',
      [['talk again', 'Dana Holt', 'epithet-to-person']],
    ],
    [
      'a qualified office after a sentence that names nobody stays unresolved',
      'Dana Holt has spoken to the union.\nThe deal was vital, officials said.\nThe prime minister urged both sides to “talk again”.',
      [['talk again', null]],
    ],
    [
      'a bare functional role (“the minister”) still needs a lead that gave the role',
      'Dana Holt has spoken to the union.\nThe deal was vital, Ms Holt warned.\nThe minister urged both sides to “talk again”.',
      [['talk again', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: spokespeople speak for their organisation', () => {
  test.each<[string, string, Row[]]>([
    [
      'a spokesperson of an organisation the article names as one',
      'Zenfold Energy raised its prices.\nSales rose sharply, according to a Zenfold Energy spokesperson, who called it a “sharp increase”.',
      [['sharp increase', 'Zenfold Energy', 'spokesperson-to-organization']],
    ],
    [
      'a one-word body before “spokesperson” is an organisation by that sign alone, and the spokesperson speaks for it',
      'Shoppers queued at dawn in Perth.\nSales went up in a “sharp increase”, according to a Quorvane spokesperson.',
      [['sharp increase', 'Quorvane', 'spokesperson-to-organization']],
    ],
    [
      'a spokesperson of a body the article never names as an actor (a street’s name): withheld, never “Quorvane Street spokesperson”',
      'Shoppers queued at dawn in Perth.\nSales went up in a “sharp increase”, according to a Quorvane Street spokesperson.',
      [['sharp increase', null]],
    ],
    [
      'a spokesperson owned by a name the article knows as no actor (“Big Brother’s spokeswoman”) speaks as the source itself, like a person’s aide',
      'Bookmakers stopped bets on the show.\nBig Brother’s spokeswoman said: “Only a handful of staff know the result.” The next series of Big Brother starts in May.',
      [['Only a handful of staff know the result.', 'Big Brother’s spokeswoman', 'anonymous-source']],
    ],
    [
      'an owner cut short at the start of a sentence (“Brother’s spokeswoman” for “Big Brother’s”) names nobody: withheld',
      'Bookmakers stopped bets on the show.\nBig Brother’s spokeswoman said: “Only a handful of staff know the result.”',
      [['Only a handful of staff know the result.', null]],
    ],
    [
      '“The spokesperson added”: a capital “The” names no organisation, so the source is not withheld; it is the same source as “an Interpol spokesperson”, so it speaks for Interpol too',
      'Interpol said it would not act.\n“We do not take sides,” an Interpol spokesperson said.\nThe spokesperson added that it would “not consider requests of this kind”.',
      [
        ['We do not take sides,', 'Interpol', 'spokesperson-to-organization'],
        ['not consider requests of this kind', 'Interpol', 'spokesperson-to-organization'],
      ],
    ],
    [
      '“the council’s spokesperson”: “the council” stands for the council named before, and its spokesperson speaks for it',
      'The Harbour Arts Council cut its grants on Friday.\n“The cuts were expected,” the council’s spokesperson said.',
      [['The cuts were expected,', 'Harbour Arts Council', 'spokesperson-to-organization']],
    ],
    [
      '“the band’s spokesman” for the band named before, and “he” after him for the band too',
      'The US rock band Velvet Static cancelled its tour.\nThe band’s spokesman said it would review the dates on a “week-to-week basis”. “We all want to play,” he said.',
      [
        ['week-to-week basis', 'Velvet Static', 'spokesperson-to-organization'],
        ['We all want to play,', 'Velvet Static', 'spokesperson-to-organization'],
      ],
    ],
    [
      '“the company’s spokeswoman” with no company named before: she speaks for nobody the digest can name',
      'Prices rose again in March.\n“We are sorry,” the company’s spokeswoman said.',
      [['We are sorry,', null]],
    ],
    [
      '“the minister’s spokesman” is a person’s aide, not a body: the source itself speaks',
      'Health Minister Ruth Dane visited the ward.\n“She was moved,” the minister’s spokesman said.',
      [['She was moved,', 'minister’s spokesman', 'anonymous-source']],
    ],
    [
      'a representative of an organisation the article names speaks for it, as a spokesperson does',
      'Zenfold Energy showed its new meters at the fair.\nA Zenfold Energy representative said the meters were a “big step” for the firm.',
      [['big step', 'Zenfold Energy', 'spokesperson-to-organization']],
    ],
    [
      'a title with “Representative” before a name is that person’s: the person speaks',
      'The talks ended in Riyadh on Monday.\nSpecial Representative for Syria Ann Moss said the plan was “a fair start”.',
      [['a fair start', 'Ann Moss', 'full-name']],
    ],
    [
      'a spokeswoman for a body whose name holds “for”: the body, named with its inner link, speaks',
      'The Office for Coastal Affairs reviewed the sea walls.\nA spokeswoman for the Office for Coastal Affairs said: “The walls will be raised by 2030.”',
      [['The walls will be raised by 2030.', 'Office for Coastal Affairs', 'spokesperson-to-organization']],
    ],
    [
      'a spokesman for a body whose name holds “of” and “and”: the body speaks',
      'The Ministry of Fisheries and Oceans closed the bay.\n“The stocks are too low,” said a spokesman for the Ministry of Fisheries and Oceans.',
      [['The stocks are too low,', 'Ministry of Fisheries and Oceans', 'spokesperson-to-organization']],
    ],
    [
      'a body with “for” in its name that the article names only in the spokeswoman’s phrase speaks too',
      'Ministers met aid groups in London on Monday.\nA spokeswoman for the Department for Rural Affairs said: “The money will reach farms this year.”',
      [['The money will reach farms this year.', 'Department for Rural Affairs', 'spokesperson-to-organization']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: the person a sentence quotes is its subject for the next pronoun', () => {
  test.each<[string, string, Row[]]>([
    [
      'a long role before the speaker, another man named after',
      'Tory chief Simon Hart spoke at the rally.\nFormer Downing Street press chief Alan Crewe, now advising Labour, says a “soft” image does not suit Mr Hart.\nHe says the party still lacks a “big idea” on housing.',
      [
        ['soft', 'Alan Crewe', 'full-name'],
        ['big idea', 'Alan Crewe', 'pronoun-to-antecedent'],
      ],
    ],
    [
      'the speaker named after the quote, another man named after him',
      'The new console is due in May.\n“Games will merge with films,” said Ken Doi, a colleague of Tom Brandt, at a fair last year.\n“Current chips are nearing their limits,” he added.',
      [
        ['Games will merge with films,', 'Ken Doi', 'full-name'],
        ['Current chips are nearing their limits,', 'Ken Doi', 'pronoun-to-antecedent'],
      ],
    ],
    [
      'a quoted woman is not what “he” stands for; two men named after her: unresolved',
      'Tory chief Simon Hart spoke.\n“Prices will rise,” said Ms Jane Kerr, adviser to Mr Hart and to Ian Mott.\n“We are ready,” he added.',
      [
        ['Prices will rise,', 'Jane Kerr', 'full-name'],
        ['We are ready,', null],
      ],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: a role nobody in the article holds, for the person the text is about', () => {
  test.each<[string, string, Row[]]>([
    [
      '“the minister” after a lead that gave the role without the name',
      'Paid leave should be extended, the Work and Pensions Secretary has said.\nHelen Marsh said the cost was being worked out.\nWomen earn 19% less than men, according to the Fair Pay Commission.\nThe minister told delegates that ending “job sexism” was vital.',
      [['job sexism', 'Helen Marsh', 'epithet-to-person']],
    ],
    [
      '“the lawyer added” after the lawyer was the last subject',
      'Carlos Mendes’ lawyer has called for the charges to be dropped.\nPaulo Ferreira has sent new evidence to the tribunal.\nFerreira also said the tests were flawed.\nThe lawyer added that officials “knew” where Mendes was.',
      [['knew', 'Paulo Ferreira', 'epithet-to-person']],
    ],
    [
      '“the lawyer” after a sentence about an unnamed lawyer of someone: unresolved',
      'Tom Roe, 34, was jailed for six years.\nRoe’s lawyer said he would appeal.\nThe lawyer added that the trial had been “deeply unfair”.',
      [['deeply unfair', null]],
    ],
    [
      '“the lawyer” the article never introduced: not the defendant, unresolved',
      'Tom Roe denied the charges at Leeds Crown Court.\nThe lawyer said his client was “completely innocent”.',
      [['completely innocent', null]],
    ],
    [
      '“the minister” when the only role given was another’s, beside a name: unresolved',
      'Mr Tom Bell, the hospital chief, met Health Secretary Kay Lind.\nThe minister said the staff were “heroes”.',
      [['heroes', null]],
    ],
    [
      '“wrote to the minister”: the one written to is a listener, never the subject',
      'Health Secretary Kay Lind spoke on Monday.\nResidents wrote to the minister calling the plan “a disgrace”.',
      [['a disgrace', null]],
    ],
    [
      '“the judge” is a role of someone else, not an epithet: unresolved',
      'Tom Roe, 34, was jailed for six years.\nThe judge said the attack was “cowardly”.',
      [['cowardly', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: how far back a pronoun looks', () => {
  test.each<[string, string, Row[]]>([
    [
      'past paragraphs that continue the same “he” and two that name nobody',
      'Finance chief Omar Lutz met Mr Pryce in March.\nMr Lutz, who left the Treasury last year, said the budget would balance.\nHe said more help for families was planned.\nHe also stressed that rates would not decide the vote.\nHouse prices are still rising.\nConsumer borrowing rose in January.\n“I do not believe rates will be an issue,” he told a lunch.',
      [['I do not believe rates will be an issue,', 'Omar Lutz', 'pronoun-to-antecedent']],
    ],
    [
      'four paragraphs naming nobody: too far, unresolved (two men named before)',
      'Omar Lutz, who left the Treasury last year, met Dan Pryce.\nHouse prices are still rising.\nConsumer borrowing rose in January.\nRents rose too.\nWages did not.\n“I do not believe rates will be an issue,” he told a lunch.',
      [['I do not believe rates will be an issue,', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: “it said” opening a paragraph', () => {
  test.each<[string, string, Row[]]>([
    [
      'past a paragraph that names nobody, to the organisation the paragraph before ends on',
      'Zalvo Group will replace ten million chargers.\nThe firm said few chargers had failed.\nThe recall covers most units sold since 2001.\nIn a statement, it added: “Any damage stayed inside the unit.”',
      [['Any damage stayed inside the unit.', 'Zalvo Group', 'pronoun-to-antecedent']],
    ],
    [
      'not past a paragraph that names someone',
      'Zalvo Group will replace ten million chargers.\nThe firm said few chargers had failed.\nShopper Ann Kerr returned two of them.\nIn a statement, it added: “Any damage stayed inside the unit.”',
      [['Any damage stayed inside the unit.', null]],
    ],
    [
      'not past it when the paragraph before did not report speech',
      'Zalvo Group will replace ten million chargers.\nThe recall covers most units sold since 2001.\nIn a statement, it added: “Any damage stayed inside the unit.”',
      [['Any damage stayed inside the unit.', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: an epithet that shows a gender', () => {
  test.each<[string, string, Row[]]>([
    [
      '“the actress” is the woman named before, not the man named after her',
      'Ms Lena Ward starred in the play.\nIts director, Mr Tom Hale, praised the cast.\n“I loved every night,” the actress said.',
      [['I loved every night,', 'Lena Ward', 'epithet-to-person']],
    ],
    [
      '“the Welshman” is not a woman the sentence before is about',
      'Mr Rhys Owen won the first race.\nMs Ann Dee won the second.\n“It was hard,” said the Welshman.',
      [['It was hard,', 'Rhys Owen', 'epithet-to-person']],
    ],
    [
      '“the actor” is written for women too: the person the text is about, whatever the gender',
      'Ms Lena Ward starred in the play.\n“I loved every night,” the actor said.',
      [['I loved every night,', 'Lena Ward', 'epithet-to-person']],
    ],
    [
      '“the actress” with no woman named: unresolved',
      'Mr Tom Hale directed the play.\n“I loved every night,” the actress said.',
      [['I loved every night,', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: a role noun before a name that is written for women too', () => {
  test.each<[string, string, Row[]]>([
    [
      '“voice actor NAME” shows no gender: “she” goes to the person the text calls so',
      'Voice actor Dana Reyes recalled her first audition.\nShe was nervous all week. “I could barely speak,” she said.',
      [['I could barely speak,', 'Dana Reyes', 'pronoun-to-antecedent']],
    ],
    [
      '“voice actor NAME” still takes “he” when the text calls him so',
      'Voice actor Tom Bell recalled his first audition.\nHe was nervous all week. “I could barely speak,” he said.',
      [['I could barely speak,', 'Tom Bell', 'pronoun-to-antecedent']],
    ],
    [
      '“she” after two people of whom one is “Mr”: not the man, whatever the other’s role noun',
      'Mr Karl Obi hired stage actor Dana Reyes.\n“It was my dream role,” she said.',
      [['It was my dream role,', 'Dana Reyes', 'pronoun-to-antecedent']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: the one fitting person is the object of another subject’s verb', () => {
  test.each<[string, string, Row[]]>([
    [
      'a body endorses a person: “he” after it is not that person',
      'Ann Dee and Tom Bell ran for mayor.\nOn Monday, the Harlow Tenants Association endorsed its old rival, Tom Bell. “I have waited years for this,” he said.',
      [['I have waited years for this,', null]],
    ],
    [
      'a body that reports what the person did is no subject of his: “he” is the person',
      'Ann Dee and Tom Bell ran for mayor.\nOn Monday, the Harlow Tenants Association reported that Tom Bell had quit. “I have waited years for this,” he said.',
      [['I have waited years for this,', 'Tom Bell', 'pronoun-to-antecedent']],
    ],
    [
      'salience: the body subject bears the surname of a person named before, "he" continues that person',
      'Michael Bloomberg and Joe Biden ran for president.\nOn Wednesday, Bloomberg endorsed his rival, Joe Biden. “I am leaving the race,” he said.',
      [['I am leaving the race,', 'Michael Bloomberg', 'pronoun-to-salient-subject']],
    ],
    [
      'salience: a woman of that surname and "he": unresolved',
      'Mrs Ann Bloomberg and Joe Biden ran for president.\nOn Wednesday, Bloomberg endorsed her rival, Joe Biden. “I am leaving the race,” he said.',
      [['I am leaving the race,', null]],
    ],
    [
      'a person after “but” opens a clause of his own: “he” is that person (round 38a)',
      'Ann Dee and Tom Bell ran for mayor.\nThe name Harlow Tenants Association suggests a club, but Tom Bell was firm that it is a union. He said: “It has teeth.”',
      [['It has teeth.', 'Tom Bell', 'pronoun-to-antecedent']],
    ],
    [
      'a person after “but” and a lower-case role (“but Harlow chairman NAME”) is the one the story turns to (round 38a)',
      'Tom Bell and Ann Dee ran the club.\nMr Bell’s job was at risk, but Harlow chairman Ian Cray said he was pleased with the deal. “Tom has done well,” he told the club website.',
      [['Tom has done well,', 'Ian Cray', 'pronoun-to-antecedent']],
    ],
    [
      'a person after “while” the same (round 38a)',
      'Ann Dee and Tom Bell ran for mayor.\nThe Harlow Tenants Association backed the plan while Tom Bell stayed silent. “I have waited years for this,” he said.',
      [['I have waited years for this,', 'Tom Bell', 'pronoun-to-antecedent']],
    ],
    [
      'the person as the subject of the same sentence is still “he”',
      'Ann Dee and Tom Bell ran for mayor.\nOn Monday, Tom Bell thanked the Harlow Tenants Association. “I have waited years for this,” he said.',
      [['I have waited years for this,', 'Tom Bell', 'pronoun-to-antecedent']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: a body opens the sentence and a closing "…, said NAME" names its teller', () => {
  test.each<[string, string, Row[]]>([
    [
      '"BODY has done well …, said Mr NAME, who …" ⏎ "…," he said: the teller',
      'Ian Hale watches the phone market.\nPhonex has always sold well to students, said Mr Hale, who also expected rivals to follow.\nHis only doubt was the price. "They will wait for the sales," he said.',
      [['They will wait for the sales,', 'Ian Hale', 'pronoun-to-antecedent']],
    ],
    [
      'the same with a woman, "argued" and "she"',
      'Ruth Marr is an analyst at a bank.\nThe Treasury has moved too slowly on rates, argued Ms Marr. "Borrowers are paying for it," she said.',
      [['Borrowers are paying for it,', 'Ruth Marr', 'pronoun-to-antecedent']],
    ],
    [
      'a person after a verb that is no speech verb stays an object: unresolved',
      'Ian Hale and Tom Rudd ran for mayor.\nOn Monday, the Harlow Tenants Association backed Ian Hale. "I am not surprised," he said.',
      [['I am not surprised,', null]],
    ],
    [
      'a comma before a verb that is no speech verb makes no teller: unresolved',
      'Ian Hale and Tom Rudd ran for mayor.\nThe Harlow Tenants Association voted on Monday and, to nobody\'s surprise, backed Ian Hale. "I am not surprised," he said.',
      [['I am not surprised,', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: the writer of a document the sentence opens with', () => {
  test.each<[string, string, Row[]]>([
    [
      '“NAME’s e-mail …, suggested they get OTHER …” ⏎ “In it, he said”: the writer',
      'Former aide Mr Alan Crewe is at the centre of a row.\nMr Crewe’s e-mail, which was meant for a party official, suggested they should get Tom Dee, the agency’s boss, to issue a statement.\nIn it, he said: “Just spoke to Tom.”',
      [['Just spoke to Tom.', 'Alan Crewe', 'pronoun-to-antecedent']],
    ],
    [
      '“NAME’s company hired OTHER”: not a document, the pronoun stays unresolved',
      'Mr Alan Crewe left the board.\nMr Crewe’s company, which makes chargers, hired Mr Tom Dee, a former rival, on Monday.\n“It was an easy choice,” he said.',
      [['It was an easy choice,', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: the person an article is about', () => {
  test.each<[string, string, Row[]]>([
    [
      '“he” after a sentence whose subject is an epithet, after a sentence naming actors who are not its subject',
      'Thriller author Lee Hart has died aged 84.\nHart’s first novel sold well.\nHart’s best-loved work followed in 1968.\nThe book was filmed in 1970, starring Tom Vance and Dean Moss.\nThe writer was known for his research.\n“I am never satisfied,” he once said.',
      [['I am never satisfied,', 'Lee Hart', 'pronoun-to-antecedent']],
    ],
    [
      'no one named far more often than anyone else: unresolved',
      'Thriller author Lee Hart has died aged 84.\nHart’s first novel was filmed with Tom Vance.\nVance later played Hart in a film.\nThe book was filmed in 1970, starring Tom Vance and Dean Moss.\nThe writer was known for his research.\n“I am never satisfied,” he once said.',
      [['I am never satisfied,', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: a sentence about what “his” or “her” owns', () => {
  test.each<[string, string, Row[]]>([
    [
      '“His last film starred X and Y.” ⏎ “he”: the owner, not the people the film starred',
      'Film star Ben Cole has died aged 80.\nCole made 40 films.\nHis last film starred Tom Vance and Dean Moss.\n“I loved every one,” he once said.',
      [['I loved every one,', 'Ben Cole', 'pronoun-to-antecedent']],
    ],
    [
      '“the actress” after a sentence about what “his” owns: not the men it names, unresolved',
      'Film star Ben Cole has died aged 80.\nHis last film starred Tom Vance and Dean Moss.\nThe actress said: “He was a gentleman.”',
      [['He was a gentleman.', null]],
    ],
    [
      '“His wife, Mary Cole, …”: a possessive owning a person, who is the subject',
      'Film star Ben Cole has died aged 80.\nHis wife, Mary Cole, was with him.\n“He was a gentleman,” she said.',
      [['He was a gentleman,', 'Mary Cole', 'pronoun-to-antecedent']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: a name after a verb is an object', () => {
  test.each<[string, string, Row[]]>([
    [
      '“Police are questioning X over the death of Y.” ⏎ “he said”: neither, unresolved',
      'Police are questioning Tom Roe over the death of Ian Bell.\n“We will find the truth,” he said.',
      [['We will find the truth,', null]],
    ],
    [
      'an adjective in -ed before a role is no verb (“The embattled leader Tom Dee met …”)',
      'The embattled leader Tom Dee met Ian Bell.\n“We talked,” he said.',
      [['We talked,', 'Tom Dee', 'pronoun-to-antecedent']],
    ],
    [
      'a role in -ed before the name is no verb (“Retired teacher Ann Dee met …”)',
      'Retired teacher Ann Dee met Mr Tom Bell.\n“It was lovely,” she said.',
      [['It was lovely,', 'Ann Dee', 'pronoun-to-antecedent']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: “it said” when another body or another subject is in the sentence', () => {
  test.each<[string, string, Row[]]>([
    [
      '“ORG fined the club.” ⏎ “it said”: the club may be meant, unresolved',
      'The Football Association fined the club.\n“We will appeal,” it said.',
      [['We will appeal,', null]],
    ],
    [
      'no other body: the organisation',
      'Calderdale Council closed the road.\n“Safety comes first,” it said.',
      [['Safety comes first,', 'Calderdale Council', 'pronoun-to-antecedent']],
    ],
    [
      '“NAME said ORG’s X …” “it said”: the one body comes after the subject’s verb, unresolved',
      'Lena Ford said Corvo Capital’s offer was far too low. “We will not sell,” it said.',
      [['We will not sell,', null]],
    ],
    [
      '“NAME criticised ORG …” “it said”: a body as the object of another subject’s verb, unresolved',
      'Lena Ford criticised Halden Bank on Monday. “We follow every rule,” it said.',
      [['We follow every rule,', null]],
    ],
    [
      '“ORG said ORG’s X …”: the subject body, named first',
      'Halden Bank said Corvo Capital’s offer was far too low. “We will not sell,” it said.',
      [['We will not sell,', 'Halden Bank', 'pronoun-to-antecedent']],
    ],
    [
      '““…,” said ORG.” ⏎ “it added”: the body after an inverted verb is the subject',
      '“The figures are early,” said Corvo Capital.\n“We will not sell,” it added.',
      [
        ['The figures are early,', 'Corvo Capital', 'full-name'],
        ['We will not sell,', 'Corvo Capital', 'pronoun-to-antecedent'],
      ],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: “it said” for a body the actor stages read as a person', () => {
  test.each<[string, string, Row[]]>([
    [
      'one word that speaks, never "he" or "she": the body "it" stands for',
      '“The drive is the smallest yet,” said Harvex.\n“It is the first time you can call a drive pretty,” it said.',
      [
        ['The drive is the smallest yet,', 'Harvex', 'surname-to-full-name'],
        ['It is the first time you can call a drive pretty,', 'Harvex', 'pronoun-to-antecedent'],
      ],
    ],
    [
      'a name ending in a noun for a kind of body ("Magazine")',
      'Zed Magazine praised the new albums. It also said the band’s record sounded “fresh and unforced”.',
      [['fresh and unforced', 'Zed Magazine', 'pronoun-to-antecedent']],
    ],
    [
      'not a person of two names',
      'Lena Ford praised the new albums. It also said the band’s record sounded “fresh and unforced”.',
      [['fresh and unforced', null]],
    ],
    [
      'not one word that "she" marks as a person',
      'Madonna praised the new albums, and she sang. It also said the record sounded “fresh and unforced”.',
      [['fresh and unforced', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: “he said” after “the PARTY spokesman”, a spokesperson named only with “the”', () => {
  test.each<[string, string, Row[]]>([
    [
      'after a named person spoke, nobody else named since: the person whose speech runs on (salience)',
      'Michael Dorn condemned the plan. “Is this not a waste?” he asked. The Tory spokesman also attacked the minister. “They had to print 500 pages,” he said.',
      [
        ['Is this not a waste?', 'Michael Dorn', 'pronoun-to-antecedent'],
        ['They had to print 500 pages,', 'Michael Dorn', 'pronoun-to-salient-subject'],
      ],
    ],
    [
      'the same in the next paragraph, with "the Labour spokeswoman" and "she"',
      'Anna Price said the figures were wrong. “We were never told,” she said.\nThe Labour spokeswoman also criticised the timing. “It is a disgrace,” she added.',
      [
        ['We were never told,', 'Anna Price', 'pronoun-to-antecedent'],
        ['It is a disgrace,', 'Anna Price', 'pronoun-to-salient-subject'],
      ],
    ],
    [
      'another person named between that quote and the spokesman: unresolved',
      'Michael Dorn condemned the plan. “Is this not a waste?” he asked. Jack Straw disagreed. The Tory spokesman also attacked the minister. “They had to print 500 pages,” he said.',
      [
        ['Is this not a waste?', 'Michael Dorn', 'pronoun-to-antecedent'],
        ['They had to print 500 pages,', null],
      ],
    ],
    [
      'the pronoun does not fit the one who spoke: unresolved',
      'Mrs Mary Dorn condemned the plan. “Is this not a waste?” she asked. The Tory spokesman also attacked the minister. “They had to print 500 pages,” he said.',
      [
        ['Is this not a waste?', 'Mary Dorn', 'pronoun-to-antecedent'],
        ['They had to print 500 pages,', null],
      ],
    ],
    [
      'introduced with “a”: a voice of the party',
      'Michael Dorn condemned the plan. “Is this not a waste?” he asked. A Labour spokeswoman also attacked the minister. “They had to print 500 pages,” she said.',
      [
        ['Is this not a waste?', 'Michael Dorn', 'pronoun-to-antecedent'],
        ['They had to print 500 pages,', 'Labour Party', 'spokesperson-to-organization'],
      ],
    ],
    [
      'nobody spoke before: a voice of the party',
      'Ministers met on Monday. The Tory spokesman attacked the minister. “They had to print 500 pages,” he said.',
      [['They had to print 500 pages,', 'Conservative Party', 'spokesperson-to-organization']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: a role with a body’s name in an appositive', () => {
  test.each<[string, string, Row[]]>([
    [
      '“NAME, Tory co-chairman, said …”: the person, and “the Tory co-chairman” later is that person',
      'Liam Foy, Tory co-chairman, said the return of Mr Crewe was a sign of “underhand tactics”.\n“It is sinister,” the Tory co-chairman added.',
      [
        ['underhand tactics', 'Liam Foy', 'full-name'],
        ['It is sinister,', 'Liam Foy', 'role-to-person'],
      ],
    ],
    [
      '“NAME, CBI director general, said …”',
      'Sir Digby Lowe, CBI director general, said rates were “too high”.',
      [['too high', 'Digby Lowe', 'full-name']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: one unnamed member of a group named before', () => {
  test.each<[string, string, Row[]]>([
    [
      '“One of the children said”: an anonymous actor, and “she” after it is that child',
      'A judge jailed Mark and Jo Perrin for life on Monday.\nOne of the children said, “We still love them.”\nShe also said “The house was cold.”',
      [
        ['We still love them.', 'One of the children', 'anonymous-source'],
        ['The house was cold.', 'One of the children', 'pronoun-to-antecedent'],
      ],
    ],
    [
      '“One of the sons told the court”: kin nouns in the plural, like victims and witnesses',
      'A judge jailed Mark and Jo Perrin for life on Monday.\nOne of the sons told the court, “We were kept inside.” He also said “Nobody came.”',
      [
        ['We were kept inside.', 'One of the sons', 'anonymous-source'],
        ['Nobody came.', 'One of the sons', 'pronoun-to-antecedent'],
      ],
    ],
    [
      '“the father”, “the mother” with nothing in the article giving either parent a gender: withheld',
      'A judge jailed Mark and Jo Perrin for life on Monday.\nThe father said “I love my children.”\nThe mother said “I am sorry.”',
      [
        ['I love my children.', null],
        ['I am sorry.', null],
      ],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: the people of an opening phrase are not the pronoun after it', () => {
  test.each<[string, string, Row[]]>([
    [
      '“Speaking to NAME of PBS, he said”: the listener is not the speaker; the man named before is',
      'Crown Prince Tom Vell accepted the blame in December.\nSpeaking to Ann Rowe of PBS, he said, “It was my fault.”',
      [['It was my fault.', 'Tom Vell', 'pronoun-to-antecedent']],
    ],
    [
      '“Asked about NAME, he said”: the person asked about is not the speaker',
      'Tom Vell lost the vote on Monday. Asked about Ann Rowe, he said: “She was right.”',
      [['She was right.', 'Tom Vell', 'pronoun-to-antecedent']],
    ],
    [
      '“In a letter to NAME, she wrote”: the addressee is not the writer',
      'Ann Rowe lost the vote.\nIn a letter to Tom Vell, she wrote: “It was my fault.”',
      [['It was my fault.', 'Ann Rowe', 'pronoun-to-antecedent']],
    ],
    [
      'a subordinate clause has its own subject, who may be meant: withheld',
      'Tom Vell lost the vote.\nWhen Ann Rowe arrived, she said, “It was my fault.”',
      [['It was my fault.', null]],
    ],
    [
      '“But standing next to NAME he added”: an opening participle phrase with no comma; the person stood next to is not the speaker',
      'Tom Vell met the press in Leeds on Monday.\nBut standing next to Ann Rowe he added that “the plan will work”.',
      [['the plan will work', 'Tom Vell', 'pronoun-to-antecedent']],
    ],
    [
      '“Speaking to NAME she said”: no comma, no conjunction',
      'Ann Rowe arrived late.\nSpeaking to Tom Vell she said: “We are ready.”',
      [['We are ready.', 'Ann Rowe', 'pronoun-to-antecedent']],
    ],
    [
      '“Saying that NAME … he”: a clause with its own subject inside the phrase; the phrase is not read as opening',
      'Tom Vell lost the vote.\nHearing that Ann Rowe had won she said: “It was fair.”',
      [['It was fair.', 'Ann Rowe', 'pronoun-to-antecedent']],
    ],
    [
      'the listener excluded, the sentence before names nobody as its subject: withheld',
      'Broadcaster PBS revealed on Monday that in December, Crown Prince Tom Vell accepted the blame for the death of Ian Dale.\nSpeaking to Ann Rowe of PBS, he said, “It was my fault.”',
      [['It was my fault.', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: “his wife, NAME” shows the gender of the owner and of the person named', () => {
  test.each<[string, string, Row[]]>([
    [
      '“with his wife Ann Rowe” ⏎ “she said”: the owner is a man, so the wife speaks, not the sentence’s subject',
      'Tom Vell spoke in Leeds with his wife Ann Rowe.\n“It is quite fun,” she said.',
      [['It is quite fun,', 'Ann Rowe', 'pronoun-to-antecedent']],
    ],
    [
      'lower-case role words of an appositive between the kin noun and the name (“his wife, retired teacher NAME”)',
      'Tom Vell spoke in Leeds with his wife, retired teacher Ann Rowe.\n“It is quite fun,” she said.',
      [['It is quite fun,', 'Ann Rowe', 'pronoun-to-antecedent']],
    ],
    [
      '“her husband NAME” ⏎ “he said”: the husband',
      'Ann Rowe spoke in Leeds with her husband, former miner Tom Vell.\n“It is quite fun,” he said.',
      [['It is quite fun,', 'Tom Vell', 'pronoun-to-antecedent']],
    ],
    [
      '“NAME said his wife, NAME2, …”: after a speech verb “his” may be anyone, so the speaker gets no gender from it',
      'Tom Vell lost his seat.\nAnn Rowe said his wife, Jo Dee, had left.\n“It is quite fun,” she said.',
      [['It is quite fun,', 'Ann Rowe', 'pronoun-to-antecedent']],
    ],
    [
      'a wife named by a first name the actor stages leave aside: the man is not “she”',
      'Tom Vell spoke in Leeds.\nHe played table tennis with his wife, ex-model Sandra.\n“It is quite fun,” she said.',
      [['It is quite fun,', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: a social-media handle is no antecedent of "he" or "she" in its own post', () => {
  test.each<[string, string, Row[]]>([
    [
      'a post quoting what a man said',
      'The singer Ross Vane called the town “a dull place” in an interview.\n@kelda_m So sad that he said "dull place" about us.',
      [['a dull place', 'Ross Vane', 'full-name'], ['dull place', 'Ross Vane', 'pronoun-to-antecedent']],
    ],
    [
      'posts by handles between the man named and the pronoun',
      'The singer Ross Vane called the town “a dull place” in an interview.\nFans answered on Twitter.\n@kelda_m We are not dull!\n@tovi22 Come and see us first.\n@mara_b I am sad that he said "dull place" about us.',
      [['a dull place', 'Ross Vane', 'full-name'], ['dull place', 'Ross Vane', 'pronoun-to-antecedent']],
    ],
    [
      'a post with no one else named: withheld',
      '@kelda_m Not sure why he said "dull place" about us.',
      [['dull place', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: a person talked about in the quoted words of an unnamed speaker', () => {
  test.each<[string, string, Row[]]>([
    [
      'the only person named is inside what an unnamed source said: “he” is withheld',
      'The diocese has not explained its decision.\n[The source] also remarked that Father Tomas Roy has made “many hostile statements”.\n“He knew the rules for years,” he declared.',
      [['many hostile statements', null], ['He knew the rules for years,', null]],
    ],
    [
      'a noun that looks like a speech verb ("comments") is no reporting verb: “he” in the sentence is its subject',
      'Radio host Dan Merrick retired in 2018.\nKnown for controversial comments, Merrick was dropped after he referred to the council as "a pack of clowns."',
      [['a pack of clowns.', 'Dan Merrick', 'pronoun-to-antecedent']],
    ],
    [
      'without a quotation the person is the subject of what is reported: “he” is that person',
      'The diocese has not explained its decision.\nThe bulletin reported that Father Tomas Roy had left the parish.\n“I knew the rules for years,” he declared.',
      [['I knew the rules for years,', 'Tomas Roy', 'pronoun-to-antecedent']],
    ],
    [
      'a named speaker before the verb: “he” still follows the sentence',
      'The diocese has not explained its decision.\nBishop Karl Mend remarked that the parish had made “many hostile statements”.\n“He knew the rules for years,” he declared.',
      [['many hostile statements', 'Karl Mend', 'full-name'], ['He knew the rules for years,', 'Karl Mend', 'pronoun-to-antecedent']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: the subject of what a body reports', () => {
  test.each<[string, string, Row[]]>([
    [
      'a broadcaster revealed that PERSON did something: “he” is that person, not the one he did it to',
      'On Monday, the widow spoke to reporters in Geneva.\nThe day before, broadcaster NTV revealed that in March, Governor Alan Ruhr of Tessa Province apologised for the arrest of reporter Ivo Danek. Speaking to Mia Kolb of NTV, he said, "It happened while I was in charge."',
      [['It happened while I was in charge.', 'Alan Ruhr', 'pronoun-to-antecedent']],
    ],
    [
      'a person as the subject before the verb: the rule does not apply and the two people stay unclear',
      'On Monday, the widow spoke to reporters in Geneva.\nThe day before, Judge Hana Berg revealed that in March, Governor Alan Ruhr of Tessa Province apologised for the arrest of reporter Ivo Danek. Speaking to Mia Kolb of NTV, he said, "It happened while I was in charge."',
      [['It happened while I was in charge.', null]],
    ],
    [
      'a body that reports a name after a verb: an object, still unclear',
      'On Monday, the widow spoke to reporters in Geneva.\nThe day before, broadcaster NTV revealed that in March, police arrested Governor Alan Ruhr over the death of reporter Ivo Danek. Speaking to Mia Kolb of NTV, he said, "It happened while I was in charge."',
      [['It happened while I was in charge.', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: "the club", "the company" for the salient one of several organisations', () => {
  test.each<[string, string, Row[]]>([
    [
      'the subject organisation, not the one after "to"',
      'Norvik Corporation has sold its stake to Deltek Services.\n“We are delighted,” the firm said.',
      [['We are delighted,', 'Norvik Corporation', 'noun-to-salient-organization']],
    ],
    [
      'the subject after an opening phrase, not the object of its verb',
      'On Monday, Corvo Corporation bought a plant from Deltek Services.\nIn a statement, the firm said: “This is a good day for us.”',
      [['This is a good day for us.', 'Corvo Corporation', 'noun-to-salient-organization']],
    ],
    [
      'across a paragraph that names nobody: the subject two paragraphs back',
      'Halden Airways has cancelled 40 flights to and from Oslo Airport.\nThe strike is the third this year.\nThe airline said: “We apologise to our passengers.”',
      [['We apologise to our passengers.', 'Halden Airways', 'noun-to-salient-organization']],
    ],
    [
      'two organisations that are both subjects: unresolved',
      'Corvo Corporation agreed the deal. Deltek Services confirmed it.\n“We are pleased,” the firm said.',
      [['We are pleased,', null]],
    ],
    [
      'two organisations, neither a subject: unresolved',
      'A deal between Corvo Corporation and Deltek Services was signed.\n“We are pleased,” the firm said.',
      [['We are pleased,', null]],
    ],
    [
      'a person named in the paragraph between: no looking further back',
      'Halden Airways has cancelled 40 flights to and from Oslo Airport.\nUnion leader Tom Berg called the strike.\nThe airline said: “We apologise to our passengers.”',
      [['We apologise to our passengers.', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: "it said" after a sentence with two organisations is the subject one (salience)', () => {
  test.each<[string, string, Row[]]>([
    [
      'the subject, not the possessor in its reported clause',
      'Corvo Corporation said Deltek Services’ opposition would not change its approach. “We are convinced the bid is right,” it said.',
      [['We are convinced the bid is right,', 'Corvo Corporation', 'pronoun-to-antecedent']],
    ],
    [
      'the subject, not the object of its verb',
      'Norvik Bank bought a stake in Halden Insurance Group on Monday. “This is a long-term investment,” it said.',
      [['This is a long-term investment,', 'Norvik Bank', 'pronoun-to-antecedent']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});

describe('resolveSubject: an office as an epithet for the person the sentence before opens on', () => {
  test.each<[string, string, Row[]]>([
    [
      '“the shadow home secretary” after a sentence about her, the office given to nobody by name',
      'Ms Clare Benn toured a prison in Hull.\nThe shadow home secretary said the jails were “bursting at the seams”.',
      [['bursting at the seams', 'Clare Benn', 'epithet-to-person']],
    ],
    [
      '“the Irish president” after a quote cued by “he”',
      'Mr Sean Walsh met farmers in Cork.\n“Prices must rise,” he told them.\n“We cannot wait another year,” the Irish president said.',
      [
        ['Prices must rise,', 'Sean Walsh', 'pronoun-to-antecedent'],
        ['We cannot wait another year,', 'Sean Walsh', 'epithet-to-person'],
      ],
    ],
    [
      'a party before the office and two heads joined by “and” (“the Green peer and former minister”)',
      'Lord Amos Fenn tabled a bill on rivers.\nDuring the debate, the Green peer and former minister said: “Our rivers are dying.”',
      [['Our rivers are dying.', 'Lord Amos Fenn', 'epithet-to-person']],
    ],
    [
      'an office a headline gave too, the cue sentence right after the person’s (the cue resolves it before any sieve)',
      'Chancellor warns of hard choices\nMaria Lenz has urged voters to turn out next month.\nThe chancellor said the poll would give a “stark and simple” choice between two futures.',
      [['stark and simple', 'Maria Lenz', 'epithet-to-person']],
    ],
    [
      'not when the sentence before names nobody: the office may be someone the article never named',
      'Ms Clare Benn attacked the plan.\nThe plan was published on Monday.\nThe shadow home secretary said the plan was “a farce”.',
      [['a farce', null]],
    ],
    [
      'not for a man when the sentence before opens on “she”',
      'Mr Dan Frey spoke first.\nShe then took the floor.\nThe shadow home secretary said the plan was “a farce”.',
      [['a farce', null]],
    ],
    [
      'not for a person whose name the article puts after another office of the same word (“Shadow chancellor NAME” … “the chancellor”)',
      'Shadow chancellor Ian Pope spoke in Leeds.\nThe chancellor said the plan was “a fraud”.',
      [['a fraud', null]],
    ],
    [
      'an office in apposition to a name keeps the name (“NAME, the shadow health secretary, said”)',
      'Hospital waiting lists rose again.\nDr Ian Royle, the shadow health secretary, said it was a “national scandal”.',
      [['national scandal', 'Ian Royle', 'full-name']],
    ],
    [
      'an office followed by its holder’s name keeps the name (“The chancellor, NAME, told …”)',
      'Growth slowed in the spring.\nThe chancellor, Mr Neil Oakes, told reporters the plan would “not change”.',
      [['not change', 'Neil Oakes', 'full-name']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});
