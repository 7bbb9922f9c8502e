/**
 * Cue invariance to the order of an attribution and to its reporting verb (round 14, rewrites `inversion` and `verbs`
 * of src/cli/perturb/): the same speaker for `NAME said: “Q”` and `“Q,” said NAME`, for "said" and "noted" or
 * "told reporters". News-shaped sentences written for these tests; each table is one unit of the engine.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

/** [quote text, speaker name] of each quote of an article whose paragraphs are its lines. */
function speakersOf(article: string): [string, string | null][] {
  return quotesOfLines(article).map((q) => [q.text, q.speaker]);
}

type Row = [name: string, article: string, expected: [string, string | null][]];

describe('a capitalised title that ends an appositive is a role of the name before it (isCapitalisedRole)', () => {
  test.each<Row>([
    ['NAME, ORG General Secretary, said: “Q”', 'Pay talks broke down on Friday.\nMaria Okonkwo, RMT General Secretary, said: “Our members have had enough.”', [['Our members have had enough.', 'Maria Okonkwo']]],
    ['NAME, Acme Sales Director, added: “Q”', 'Kenji Watanabe, Hoshino Sales Director, added: “Orders doubled in March.”', [['Orders doubled in March.', 'Kenji Watanabe']]],
    ['“Q,” NAME, County Council Leader, said', '“The bridge will reopen in May,” Aled Pryce, County Council Leader, said.', [['The bridge will reopen in May,', 'Aled Pryce']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('a person "of" an organisation described by a capitalised word and a noun speaks, not the organisation (ownerOf)', () => {
  test.each<Row>([
    ['NAME of IT firm ORG, which …, says: “Q”', 'Lerato Dube of IT firm Kestrel Data, which ran the poll, says: “People want to work from home.”', [['People want to work from home.', 'Lerato Dube']]],
    ['NAME of US bank ORG said: “Q”', 'Rates rose again in June.\nPaulo Sousa of US bank Pine Capital said: “There is more to come.”', [['There is more to come.', 'Paulo Sousa']]],
    ['“Q,” says NAME of UK charity ORG', '“Nobody checks the boats,” says Ifeoma Obi of UK charity Safe Passage.', [['Nobody checks the boats,', 'Ifeoma Obi']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('verbs of manner and phrasal verbs of saying cue the quotation right before them (afterQuoteVerbEnd)', () => {
  test.each<Row>([
    ['“Q,” he laughed.', 'Chef Ama Owusu opened her third restaurant.\n“I never planned any of this,” she laughed.', [['I never planned any of this,', 'Ama Owusu']]],
    ['“Q,” NAME hit back.', 'The plan was attacked by the opposition.\n“They have no plan of their own,” Housing Minister Tariq Aziz hit back.', [['They have no plan of their own,', 'Tariq Aziz']]],
    ['“Q,” snapped NAME.', '“That is not a question for me,” snapped Ingrid Holm.', [['That is not a question for me,', 'Ingrid Holm']]],
    ['“Q,” fired back NAME.', '“We have done nothing wrong,” fired back Lorenzo Bianchi.', [['We have done nothing wrong,', 'Lorenzo Bianchi']]],
    ['“Q,” she went on, …', 'Nurse Grace Mwangi works nights.\n“Some weeks I do not see my children,” she went on, “and that is hard.”', [['Some weeks I do not see my children,', 'Grace Mwangi'], ['and that is hard.', 'Grace Mwangi']]],
    ['“Q,” Prof NAME continues.', 'Economist Hana Sato studies pensions.\n“Nobody has saved enough for this,” Prof Sato continues.', [['Nobody has saved enough for this,', 'Hana Sato']]],
    ['“Q,” she continues, “Q”', 'Nurse Grace Mwangi works nights.\n“The ward is full,” she continues, “and the beds are old.”', [['The ward is full,', 'Grace Mwangi'], ['and the beds are old.', 'Grace Mwangi']]],
    ['“Q,” the coach chimed in.', 'Striker Joao Silva scored twice.\n“He can do better,” coach Pedro Alves chimed in.', [['He can do better,', 'Pedro Alves']]],
    ['“Q?” NAME pressed.', 'Defence lawyer Dana Whitlock questioned the clerk.\n“Did you ever see the ledger?” Ms Whitlock pressed. “No,” replied the clerk.', [['Did you ever see the ledger?', 'Dana Whitlock'], ['No,', null]]],
    ['“Q,” persisted NAME.', '“The figures do not add up,” persisted Omar Haddad.', [['The figures do not add up,', 'Omar Haddad']]],
    ['“Q” pressed on … (a particle and object after the verb)', 'Rescuers Kofi Mensah and Lena Berg searched the hills. “Night Watch” pressed on with its tour.', [['Night Watch', null]]],
    // near misses: the verb tells of a deed, not of the words
    ['“Q” went on to win (an infinitive after the particle)', '“Long Road Home” went on to win three awards.', [['Long Road Home', null]]],
    ['“Q” continues to … (an infinitive after the verb)', 'Nurse Grace Mwangi works nights. “Night Shift” continues to draw viewers.', [['Night Shift', null]]],
    ['“Q,” the row continues … (no verb of saying: nobody named)', 'The plan was attacked. “It is a tax on the poor,” the row continues into its third week.', [['It is a tax on the poor,', null]]],
    ['“Q,” he laughed at … (an object after the verb)', 'Chef Ama Owusu opened her third restaurant. “Never again,” the critics laughed at her menu.', [['Never again,', null]]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('an adverb between an unnamed subject and its verb keeps it the salient subject for "he" (unnamedPersonSubject)', () => {
  test.each<Row>([
    ['The band\'s spokesman meanwhile said … advice to NAME. “Q,” he said.', 'The tour was cut short.\nThe band\'s spokesman meanwhile said the dates would be reviewed, based on advice to Tomasz Wójcik. “We all want him well,” he said.', [['We all want him well,', null]]],
    ['The club\'s manager later said … a call from NAME. “Q,” he said.', 'The club\'s manager later said he had a call from Diego Ramos. “I told him to rest,” he said.', [['I told him to rest,', null]]],
    // near miss: with no adverb the rule held already
    ['The band\'s spokesman said … advice to NAME. “Q,” he said.', 'The tour was cut short.\nThe band\'s spokesman said the dates would be reviewed, based on advice to Tomasz Wójcik. “We all want him well,” he said.', [['We all want him well,', null]]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('reported speech in a passive frame carries its speaker to the quote paragraph after it (findReportedSpeech)', () => {
  test.each<Row>([
    ['NAME was quoted as saying … ⏎ “Q”', 'Health Minister Leila Haddad visited the ward.\nShe was quoted as saying the waiting lists were falling.\n“We have turned the corner.”', [['We have turned the corner.', 'Leila Haddad']]],
    ['NAME is reported as saying … ⏎ “Q”', 'Coach Mateus Lima is reported as saying the squad was tired.\n“Three games in a week is too many.”', [['Three games in a week is too many.', 'Mateus Lima']]],
    // near miss: an active verb of quoting is no passive frame; its subject (an outlet) is never given the quote
    ['OUTLET quoted NAME as saying … ⏎ “Q” (no passive frame)', 'The Courier quoted Mayor Ruth Ade as saying the bridge was safe.\n“Nobody is at risk.”', [['Nobody is at risk.', null]]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('an outlet after "per" or "via" before the verb is the source of the report, not the subject (subjectBefore)', () => {
  test.each<Row>([
    ['NAME per OUTLET said: “Q”', 'Shelves were empty on Monday.\nRussell Imai per ABC News said: “We will restock tonight.”', [['We will restock tonight.', 'Russell Imai']]],
    ['NAME via AGENCY said: “Q”', 'Shelves were empty on Monday.\nLena Berg via Reuters said: “Deliveries resume on Friday.”', [['Deliveries resume on Friday.', 'Lena Berg']]],
    // near miss: no person before the marker, so nobody here
    ['a common noun per ORG said: “Q”', 'Shelves were empty on Monday.\nSales per Woolworths said: “We will restock tonight.”', [['We will restock tonight.', null]]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('a reduced passive frame with no auxiliary names its person: "with NAME quoted as saying", "NAME, quoted as saying" (passiveFrameSubject)', () => {
  test.each<Row>([
    ['…, with NAME quoted as saying that … “Q”', 'The bakery warned it may close two shops, with Orla Brennan quoted as saying that rents had become “simply impossible”.', [['simply impossible', 'Orla Brennan']]],
    ['…, with Mr SURNAME quoted as saying … “Q”', 'Talks with the union stalled in May.\nThe firm cut its forecast, with Mr Okafor quoted as saying demand was “soft”.', [['soft', 'Okafor']]],
    ['NAME, quoted as saying … “Q”, welcomed …', 'Tomas Varga, quoted as saying the ruling was “long overdue”, welcomed the verdict.', [['long overdue', 'Tomas Varga']]],
    // near misses: no person before the participle, or an active verb of quoting whose subject is an outlet
    ['…, with the city quoted as saying … “Q” (no person)', 'Reporters met the mayor, with the city quoted as saying the budget was “tight”.', [['tight', null]]],
    ['the figures, quoted as showing a “Q” (no person)', 'The figures, quoted as showing a “sharp rise”, were disputed.', [['sharp rise', null]]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
