/**
 * Issue 13, round 31 part b: the words of bodies and their documents quoted in fragments, and the people quoted
 * around them. A court filing named by any of its words ("the lawsuit", "the complaint", "the legal submission")
 * speaks for the one who sues; an agent after a few words that describe it ("a report by telecoms giant Zentel") owns
 * its document; "blamed" reports its subject's words; an office of several parts joined by "and" ("shadow work and
 * pensions secretary") is one appositive; an honorific between a role and a name ("spokesman Sir Ian Hale") keeps the
 * person the subject a later "he" continues; a quote sentence that opens a run-together line keeps its speaker when
 * the sentence after it opens with "he" or "she" of that speaker's gender.
 * A fronted "In a statement," is the statement of its clause's subject, so "said the statement" later is theirs, and a
 * document phrase that names its owner speaks for it at the head of "which" ("a Law Commission report which branded …").
 * "the Fed" after "the Federal Reserve" is that body (a clipped first word of its name, after "the"), and quotes in one
 * sentence share a speaker across a "while" clause that names no one and says nothing.
 * One word before an appositive "a/an … NOUN" for a relative, a man or a woman ("Michelle, a mother of twins,") is a person.
 * News-shaped sentences written for these tests; rows with speaker null are where the engine must withhold.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

type Row = [string, string, [string, string | null, string?, string?][]];

/** Each quote as [text, speaker, rule, resolution] (rule and resolution only for attributed quotes). */
const attributed = (article: string) => quotesOfLines(article).map((q) => (q.speaker === null ? [q.text, null] : [q.text, q.speaker, q.rule, q.resolution]));

describe('a court filing named by any of its words speaks for the one who sues', () => {
  test.each<Row>([
    [
      '"The lawsuit said" after "is suing"',
      'Actor Dean Morrow is suing Harbour Films over an injury on set.\nThe lawsuit said Morrow had endured “months of pain and sleepless nights”.',
      [['months of pain and sleepless nights', 'Dean Morrow', 'name-said-partial-quote', 'document-to-owner']],
    ],
    [
      '"the legal submission" after "is suing" and "the complaint"',
      'Singer Lina Vasquez is suing three insurers over her cancelled tour.\nThe insurers have 30 days to answer the complaint.\nThe legal submission described Vasquez as “one of the hardest-working artists of her generation”.',
      [['one of the hardest-working artists of her generation', 'Lina Vasquez', 'name-said-partial-quote', 'document-to-owner']],
    ],
    [
      '"the lawsuit noted" after "sued", past "According to the lawsuit"',
      'Dunmore Energy sued the port authority in May.\nAccording to the lawsuit, the cranes failed twice.\nThe lawsuit noted that the authority “ignored every warning”.',
      [['ignored every warning', 'Dunmore Energy', 'name-said-partial-quote', 'document-to-owner']],
    ],
    [
      'the nearest filing with an owner of its own wins: the one sued filed the complaint',
      'Dean Morrow is suing Harbour Films.\nHarbour Films filed a complaint of its own on Monday.\nThe complaint said Morrow had “broken every clause”.',
      [['broken every clause', 'Harbour Films', 'name-said-partial-quote', 'document-to-owner']],
    ],
    ['a lawsuit nobody is said to bring names nobody', 'Dean Morrow met the producers on Monday.\nA lawsuit was filed in May.\nThe lawsuit said the set was “a death trap”.', [['a death trap', null]]],
    ['a suit against someone is not theirs', 'Harbour Films is being sued over the accident.\nThe lawsuit said the set was “a death trap”.', [['a death trap', null]]],
  ])('%s', (_case, article, expected) => {
    expect(attributed(article)).toEqual(expected);
  });
});

describe('a document’s agent named after words that describe it owns the document', () => {
  test.each<Row>([
    [
      '"the report by telecoms giant NAME", then "…, the report concludes"',
      'Millions will miss out on the net, predicts the report by telecoms giant Zentel.\nThe idea that the gap will close by itself is “wishful thinking”, the report concludes.',
      [['wishful thinking', 'Zentel', 'said-name-after-quote', 'document-to-owner']],
    ],
    [
      '"a statement from oil firm NAME", then "the statement said"',
      'A statement from oil firm Dunmore Energy was read out on Monday.\n“We regret the spill,” the statement said.',
      [['We regret the spill,', 'Dunmore Energy', 'said-name-after-quote', 'document-to-owner']],
    ],
    ['words with a preposition among them name someone else ("experts at NAME")', 'A report by experts at Zentel was published on Monday.\nThe report said the plan was “wishful thinking”.', [['wishful thinking', null]]],
    ['a participle among them names someone else ("a group led by NAME")', 'A report by a panel led by Ana Cole was published on Monday.\nThe report said the plan was “wishful thinking”.', [['wishful thinking', null]]],
  ])('%s', (_case, article, expected) => {
    expect(attributed(article)).toEqual(expected);
  });
});

describe('a fronted "In a statement," belongs to the subject of its clause, and a document phrase heading "which" to its owner', () => {
  test.each<Row>([
    [
      '"In a statement, the Harbour Trust said …" ⏎ "“…,” said the statement"',
      'In a statement, the Harbour Trust said the pier had been closed. “Nobody was hurt,” said the statement. “However, the repairs will take months.”',
      [
        ['Nobody was hurt,', 'Harbour Trust', 'said-name-after-quote', 'document-to-owner'],
        ['However, the repairs will take months.', 'Harbour Trust', 'next-sentence-after-quote', 'previous-quote-speaker'],
      ],
    ],
    ['a possessor after the comma is not the subject', 'In a statement, the Harbour Trust’s lawyers said the pier had been closed. “Nobody was hurt,” said the statement.', [['Nobody was hurt,', null]]],
    [
      '"a Law Commission report which branded …"',
      'The inquiry began in the wake of a Law Commission report which branded the murder law as “a mess”.',
      [['a mess', 'Law Commission', 'name-said-partial-quote', 'document-to-owner']],
    ],
    ['a report that names no owner heads the clause: nobody', 'The Law Commission met on Monday. The inquiry began in the wake of a report which branded the murder law as “a mess”.', [['a mess', null]]],
  ])('%s', (_case, article, expected) => {
    expect(attributed(article)).toEqual(expected);
  });
});

describe('"blamed" reports its subject’s words, never the words of the one blamed', () => {
  test.each<Row>([
    [
      '"It blamed X for a “…”" after "The committee said"',
      'The Commons transport committee published its findings on Tuesday.\nThe committee said the rail regulator should investigate. It blamed the operator’s managers for a “catalogue of failures” on the line.',
      [['catalogue of failures', 'Commons transport committee', 'name-said-partial-quote', 'pronoun-to-antecedent']],
    ],
    ['"NAME blamed OTHER for the “…”": the subject, not the one blamed', 'Mayor Ana Cole blamed Tom Hale for the “chaos at the depot”.', [['chaos at the depot', 'Ana Cole', 'name-said-partial-quote', 'full-name']]],
    ['the passive "was blamed for" names no one who said it', 'Tom Hale was blamed for the “chaos at the depot”.', [['chaos at the depot', null]]],
  ])('%s', (_case, article, expected) => {
    expect(attributed(article)).toEqual(expected);
  });
});

describe('an office of several parts joined by "and" is one appositive', () => {
  test.each<Row>([
    [
      '"NAME, Tory shadow work and pensions secretary, said:"',
      'Helen Marsh, Tory shadow work and pensions secretary, said: “We have to get the money to the families.”',
      [['We have to get the money to the families.', 'Helen Marsh', 'name-said-before-quote', 'full-name']],
    ],
    [
      '"NAME, Acme chairman and chief executive, said:"',
      'Tom Hale, Dunmore chairman and chief executive, said: “The results speak for themselves.”',
      [['The results speak for themselves.', 'Tom Hale', 'name-said-before-quote', 'full-name']],
    ],
    ['a list of people is no appositive', 'Helen Marsh, Tory leader Tom Hale and Ana Cole said: “We stand together.”', [['We stand together.', null]]],
  ])('%s', (_case, article, expected) => {
    expect(attributed(article)).toEqual(expected);
  });
});

describe('an honorific between a role and a name keeps the person the subject "he" continues', () => {
  test.each<Row>([
    [
      '"Lib Dem foreign affairs spokesman Sir NAME said OTHER’s …" ⏎ "“…?” he said"',
      'Lib Dem foreign affairs spokesman Sir Ian Hale said Lord Marsh’s statement did not clear up the issues. “If his advice was sound, why hide it?” he said.',
      [['If his advice was sound, why hide it?', 'Ian Hale', 'said-name-after-quote', 'pronoun-to-antecedent']],
    ],
    [
      'the same with "Dr"',
      'Tory shadow health spokesman Dr Tom Baird said Mr Reid’s plan was late. “Where is the money?” he said.',
      [['Where is the money?', 'Tom Baird', 'said-name-after-quote', 'pronoun-to-antecedent']],
    ],
    [
      'the one named after the verb is still not the subject',
      'Lib Dem foreign affairs spokesman Sir Ian Hale criticised Lord Marsh on Monday. “He should resign,” he said.',
      [['He should resign,', 'Ian Hale', 'said-name-after-quote', 'pronoun-to-antecedent']],
    ],
  ])('%s', (_case, article, expected) => {
    expect(attributed(article)).toEqual(expected);
  });
});

describe('a quote sentence opening a run-together line, then "he" or "she" of its speaker', () => {
  test.each<Row>([
    [
      '"He suggested the claim that NAME …" after a quote-only sentence',
      'Lord Marsh said: “I approved the answer myself.” He said it had been drafted with Ana Cole and Tom Hale.\n“No other official was involved.” He suggested the claim that Ian Baird had drafted it was a mistake.',
      [
        ['I approved the answer myself.', 'Lord Marsh', 'name-said-before-quote', 'full-name'],
        ['No other official was involved.', 'Lord Marsh', 'quote-after-reported-speech', 'pronoun-to-antecedent'],
      ],
    ],
    [
      '"she" after a woman’s quote',
      'Ana Cole said: “We will appeal.” She said the ruling had shocked her and Tom Hale.\n“Nobody expected this.” She told Ian Baird the club would fight on.',
      [
        ['We will appeal.', 'Ana Cole', 'name-said-before-quote', 'full-name'],
        ['Nobody expected this.', 'Ana Cole', 'quote-after-reported-speech', 'pronoun-to-antecedent'],
      ],
    ],
    [
      'a pronoun of the other gender may be someone else',
      'Lord Marsh said: “I approved the answer myself.” He said it had been drafted with Ana Cole and Tom Hale.\n“No other official was involved.” She suggested the claim that Ian Baird had drafted it was a mistake.',
      [
        ['I approved the answer myself.', 'Lord Marsh', 'name-said-before-quote', 'full-name'],
        ['No other official was involved.', null],
      ],
    ],
  ])('%s', (_case, article, expected) => {
    expect(attributed(article)).toEqual(expected);
  });
});

describe('one word before an appositive "a/an … NOUN" for a relative, a man or a woman names a person', () => {
  test.each<Row>([
    [
      '"Michelle, a mother of twins, said" ⏎ "“…,” she said"',
      'Michelle, a mother of twins, said she had faced an “uphill battle” with the agency. “Nobody ever calls me back,” she said.',
      [
        ['uphill battle', 'Michelle', 'name-said-partial-quote', 'surname-to-full-name'],
        ['Nobody ever calls me back,', 'Michelle', 'said-name-after-quote', 'pronoun-to-antecedent'],
      ],
    ],
    ['"Dev, an elderly widower, said"', 'Dev, an elderly widower, said the bus was “always late”.', [['always late', 'Dev', 'name-said-partial-quote', 'surname-to-full-name']]],
  ])('%s', (_case, article, expected) => {
    expect(attributed(article)).toEqual(expected);
  });

  test.each<[string, string, string]>([
    ['a pronoun after the article’s noun is no noun of the appositive', 'Ana Cole told Zentel, a choice leaving her exposed, that she would fight on.', 'Zentel'],
    ['an appositive whose noun is no relative, man or woman', 'Ana Cole met Brightwater, a maker of toys for girls, on Monday.', 'Brightwater'],
  ])('%s', (_case, article, name) => {
    expect(actorsOfParagraphs(article).find((a) => a.name === name)?.kind).not.toBe('person');
  });
});

describe('a clipped first word of an organisation after "the" is that organisation ("the Fed")', () => {
  test.each<Row>([
    [
      '"the Federal Reserve … the Fed said …"',
      'The Federal Reserve raised rates on Tuesday.\nIn a statement, the Fed said inflation remained “well contained”.',
      [['well contained', 'Federal Reserve', 'name-said-partial-quote', 'full-name']],
    ],
    [
      'a country before the name is passed over ("the US Federal Reserve … the Fed said")',
      'Growth held up, the US Federal Reserve said in its survey.\n“Hiring picked up in most regions,” the Fed said.',
      [['Hiring picked up in most regions,', 'US Federal Reserve', 'said-name-after-quote', 'full-name']],
    ],
    ['a common word is no clipped name ("the Sun" after "Sunderland Football Club")', 'Sunderland Football Club lost again on Saturday.\nThe Sun said the club was “in freefall”.', [['in freefall', null]]],
  ])('%s', (_case, article, expected) => {
    expect(attributed(article)).toEqual(expected);
  });

  test('a word before a noun it qualifies is no clipped name ("the Euro sign")', () => {
    const bank = actorsOfParagraphs('Protesters tried to block the European Central Bank on Friday. Police cleared the camp near the Euro sign.').find((a) => a.name === 'European Central Bank');
    expect(bank?.aliases ?? []).not.toContain('Euro');
  });
});

describe('quotes in one sentence across "while": the same speaker unless the clause turns to someone who may speak', () => {
  test.each<Row>([
    [
      'a "while" clause that names no one and says nothing goes on with the speaker',
      'The Federal Reserve said inflation remained “well contained” while the economy appeared to be “growing at a moderate pace”.',
      [
        ['well contained', 'Federal Reserve', 'name-said-partial-quote', 'full-name'],
        ['growing at a moderate pace', 'Federal Reserve', 'same-sentence-as-quote', 'previous-quote-speaker'],
      ],
    ],
    ['a "while" clause with a speaker of its own', 'The Federal Reserve said inflation remained “well contained”, while Zentel economists called growth “fragile”.', [['well contained', 'Federal Reserve', 'name-said-partial-quote', 'full-name'], ['fragile', null]]],
    ['a "while" clause with a verb of saying and no name', 'The Federal Reserve said inflation remained “well contained” while others described growth as “fragile”.', [['well contained', 'Federal Reserve', 'name-said-partial-quote', 'full-name'], ['fragile', null]]],
    ['a "while" clause with a pronoun subject', 'The Federal Reserve said inflation remained “well contained” while they expected “only fragile growth”.', [['well contained', 'Federal Reserve', 'name-said-partial-quote', 'full-name'], ['only fragile growth', null]]],
  ])('%s', (_case, article, expected) => {
    expect(attributed(article)).toEqual(expected);
  });
});
