/**
 * Grammar facts the attribution relies on (issue 13, round 11, 13ae): "who" refers to a person, so a relative
 * clause after "NAME, a role at ORG," is the person's; and the perturbation that checks the engine is invariant
 * to a "who" clause between a subject and its verb of saying. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';
import { whoAside } from '../../../src/cli/perturb/who-aside.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('"who" refers to a person: a relative clause after an appositive that ends in a body is the person’s', () => {
  test.each<[string, string, Row[]]>([
    [
      'an appositive ending in a university',
      'The study was led by Jane Porter, a marine ecologist at Acme University, who said “Local care buys the reef some time.”',
      [['Local care buys the reef some time.', 'Jane Porter']],
    ],
    [
      'an appositive ending in a company, the verb "told"',
      'Sales fell, according to Omar Reyes, chief economist at Acme Bank, who told reporters: “The quarter was weak.”',
      [['The quarter was weak.', 'Omar Reyes']],
    ],
    [
      'an appositive of two roles ending in an acronym of a body',
      'The ruling was welcomed by Tom Hale, a lawyer and board member of the NFU, who said: “Farmers won today.”',
      [['Farmers won today.', 'Tom Hale']],
    ],
    [
      'an appositive opening with a capitalised affiliation',
      'Tobias Lee, Sotheby’s head of modern art, who was present on Monday, said: “The sale went well.”',
      [['The sale went well.', 'Tobias Lee']],
    ],
    [
      'an appositive of a body’s futurologist before "told … that" a partial quote (round 38a: `heads` of titles.json)',
      'Ann Cole, Orlex’s futurologist, told the BBC that the merger was a “bold move”.',
      [['bold move', 'Ann Cole']],
    ],
    [
      'a person of a place, then a "who" clause before the verb',
      'Senator Dan Cole of Georgia, who was present on Monday, said: “The bill is dead.”',
      [['The bill is dead.', 'Dan Cole']],
    ],
    [
      'a person of a place, then "who said"',
      'The plan was attacked by Senator Dan Cole of Georgia, who said “It will never pass.”',
      [['It will never pass.', 'Dan Cole']],
    ],
    [
      'two relative clauses about an epithet, the first ending in a title: the epithet’s person',
      'Dan Cole opened the theatre on Friday.\nThe Oscar-nominated actor, whose films include The Long Night, who was present on Monday, said: “This place made me.”',
      [['This place made me.', 'Dan Cole']],
    ],
    [
      'a body alone before "who" (British usage) stays the body’s',
      'The loan was blocked by Acme Bank, who said: “The risk was too high.”',
      [['The risk was too high.', 'Acme Bank']],
    ],
    [
      'a "who" clause between an appositive ending in a body and the verb',
      'Jane Porter, a lawyer at Acme Bank, who was present on Monday, said: “We will appeal.”',
      [['We will appeal.', 'Jane Porter']],
    ],
    [
      'a "who" clause after an appositive ending in another person: the verb is still the first person’s',
      'Jane Porter, a close friend of Tom Dee, who was present on Monday, said: “He was calm.”',
      [['He was calm.', 'Jane Porter']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('perturbation who-aside: a "who" clause between a subject and its verb of saying, outside quotes', () => {
  test.each<[string, string, string]>([
    ['after a name', 'Ann Roe said it was over.', 'Ann Roe, who was present on Monday, said it was over.'],
    ['after an appositive', 'Ann Roe, a lawyer at Acme, said: "No."', 'Ann Roe, a lawyer at Acme, who was present on Monday, said: "No."'],
    ['after a quote, before the verb', '"No," Ann Roe told reporters.', '"No," Ann Roe, who was present on Monday, told reporters.'],
    ['not an inverted cue', '"No," said Ann Roe.', '"No," said Ann Roe.'],
    ['not an inverted cue after a clause', '"No," Prices rose in May, said Ms Roe.', '"No," Prices rose in May, said Ms Roe.'],
    ['not a pronoun', 'He said: “No, Tom said so.”', 'He said: “No, Tom said so.”'],
    ['not inside a quote', 'The judge said, "Ann said no."', 'The judge said, "Ann said no."'],
  ])('%s', (_name, text, rewritten) => {
    expect(whoAside(text)).toBe(rewritten);
  });

  test('the rewritten article keeps who said what', () => {
    const article = 'Ann Roe, a lawyer at Acme, said: “We will appeal.”\n“It is wrong,” Tom Dee told reporters.';
    expect(speakersOf(whoAside(article))).toEqual(speakersOf(article));
  });
});

describe('salience: an unnamed person opening a sentence is what "he" or "she" continues, not a name after its verb', () => {
  test.each<[string, string, Row[]]>([
    [
      'a spokesman, then a name after a preposition',
      'Acme Records said the tour was off.\nThe label’s spokesman said the dates would be reviewed on medical advice to Tom Reed.\n“We all want the shows to go ahead,” he said.',
      [['We all want the shows to go ahead,', null]],
    ],
    [
      'a police officer, then a name as the object: the officer (an anonymous actor) is the subject',
      'A senior police officer arrested Dan Cole on Friday.\n“The inquiry is going well,” he said.',
      [['The inquiry is going well,', 'senior police officer']],
    ],
    [
      'a spokeswoman whose own partial quote was attributed to her body',
      'Acme Bank was fined on Monday.\nThe Acme Bank spokeswoman said it would “study the ruling” with its lawyer Ann Roe.\n“We will not comment further,” she said.',
      [
        ['study the ruling', 'Acme Bank'],
        ['We will not comment further,', 'Acme Bank'],
      ],
    ],
    [
      'an epithet subject continues the person it stands for',
      'Tom Reed won the final in Paris.\nThe champion defeated Dan Cole in three sets.\n“I felt strong today,” he said.',
      [['I felt strong today,', 'Tom Reed']],
    ],
    [
      'a spokesman named in an appositive is the subject: the name goes on',
      'The spokesman, Dan Cole, said the dates would change.\n“We are sorry,” he said.',
      [['We are sorry,', 'Dan Cole']],
    ],
    [
      'a compound role before an appositive name is no unnamed subject',
      'The regulator’s chief executive, Dan Cole, said the fine was fair. He told the BBC: “Every firm should take note.”',
      [['Every firm should take note.', 'Dan Cole']],
    ],
    [
      'a spokesman for a named person: not this rule (the person after "for" is whom he speaks for)',
      'A spokesman for Dan Cole said the singer was resting.\n“He needs time,” he said.',
      [['He needs time,', 'Dan Cole']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('a quote in the clause an outer verb of saying reports: an inner "agreed to", "promised to" + verb tells of a deed', () => {
  test.each<[string, string, Row[]]>([
    [
      'agreed to + verb inside "told MPs that"',
      'Home Secretary Ann Roe told MPs that Acme Bank had agreed to repay the money after “long and difficult talks” in May.',
      [['long and difficult talks', 'Ann Roe']],
    ],
    [
      'promised to + verb inside "said that"',
      'Tom Dee said that the council had promised to reopen the library after a “thorough review” of its budget.',
      [['thorough review', 'Tom Dee']],
    ],
    [
      'the inner verb right before the quote keeps its own subject',
      'Tom Dee said that Acme Bank had agreed the plan was “the best we could do”.',
      [['the best we could do', 'Acme Bank']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('a spokesperson named by the noun alone speaks for the body the text gives it', () => {
  test.each<[string, string, Row[]]>([
    [
      '"the spokeswoman" after "an Acme Bank spokeswoman": the same source, the same body',
      'Acme Bank was fined on Monday.\n“We will appeal,” an Acme Bank spokeswoman said. The spokeswoman added: “We disagree with the ruling.”',
      [
        ['We will appeal,', 'Acme Bank'],
        ['We disagree with the ruling.', 'Acme Bank'],
      ],
    ],
    [
      '"A spokesman said" after a sentence whose subject is the body',
      'Fees rose again in May. But Acme Bank defended the charges. A spokesman said: “They are fair.”',
      [['They are fair.', 'Acme Bank']],
    ],
    [
      'the sentence before names a person too: the spokesman stays unnamed',
      'Acme Bank was criticised by Tom Dee. A spokesman said: “We disagree.”',
      [['We disagree.', 'spokesman']],
    ],
    [
      'the sentence before names two bodies: the spokesman stays unnamed',
      'Acme Bank met Norbank Group on Friday. A spokesman said: “Talks went well.”',
      [['Talks went well.', 'spokesman']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('everyday role nouns of `heads` in titles.json before and after a name (round 42g)', () => {
  test.each<[string, string, Row[]]>([
    ['a body’s ecologist before the name after "said"', 'The reef is dying. “We have five years,” said Harbour Trust ecologist Tom Reeve.', [['We have five years,', 'Tom Reeve']]],
    ['a solicitor after the name, then "said"', 'Nia Ashby, a solicitor at Porter Lane, said: “My client denies it.”', [['My client denies it.', 'Nia Ashby']]],
    ['a club’s jockey before the name after "said"', '“He jumped beautifully,” said Harbour Stables jockey Ruth Calder.', [['He jumped beautifully,', 'Ruth Calder']]],
    ['a conductor before the name, then "told"', 'Orchestra conductor Ivan Petrov told reporters: “The hall sounds wonderful.”', [['The hall sounds wonderful.', 'Ivan Petrov']]],
    ['a chaplain after the name before "said"', 'Tom Dee, the prison chaplain, said: “Visits matter.”', [['Visits matter.', 'Tom Dee']]],
    ['a channel’s controller before the name and a colon, after narrative', 'The series returns in May. Harbour Four controller Ada Penn: “It is a bold new chapter.”', [['It is a bold new chapter.', 'Ada Penn']]],
    ['a financial controller after the name, then "said"', 'Lee Marsh, the firm’s financial controller, said: “Costs are under control.”', [['Costs are under control.', 'Lee Marsh']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });

  test.each<[string, string, string, string]>([
    ['a body after a new role noun used as a verb stays a body', 'Talks to broker a deal with Harbour Capital failed.', 'Harbour Capital', 'organization'],
    ['an investor before a body keeps the body', 'Shares rose after investor Kanal Holdings bought a stake.', 'Kanal Holdings', 'organization'],
  ])('%s', (_name, article, name, kind) => {
    expect(actorsOfParagraphs(article).find((a) => a.name === name)?.kind).toBe(kind);
  });
});

describe('the lower-case short form of a body ("executive", "commission") describes an anonymous source, like "council" (round 51c)', () => {
  test.each<[string, string, Row[]]>([
    ['an executive spokesman after narrative, then "said:"', 'The Harbour Executive lost the appeal. An executive spokesman said: “We will study the ruling.”', [['We will study the ruling.', 'executive spokesman']]],
    ['a commission official after the quote', '“No decision has been taken,” a commission official said.', [['No decision has been taken,', 'commission official']]],
    ['a senior executive alone is still a source', '“Sales were weak,” said a senior executive.', [['Sales were weak,', 'senior executive']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
