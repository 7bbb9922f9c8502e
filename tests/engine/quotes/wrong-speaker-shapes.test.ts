/**
 * Wrong speakers of the twelfth held-out set (issue 13, round 21), by mechanism: a possessor after an inverted verb is
 * no teller, a quote whose mark never closed shares no sentence with the next one, a person's name ending a body's
 * name after ", of", a body's name after "a" is a modifier "it" does not stand for, a title split off a body's name
 * its initials spell, a quote owned by the possessor a citing verb takes, and a participle whose subject is an unnamed
 * person after "with" ("with the editor describing “…”"). News-shaped sentences written for these
 * tests; rows with speaker null are where the engine must withhold.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('speakers the engine must not give to someone else', () => {
  test.each<[string, string, Row[]]>([
    [
      '"NAME, who …, branded OTHER\'s speech “…”" ⏎ "He added:": the possessor after the verb tells nothing; "he" is NAME',
      'Prince Edward opened the hospital on Monday.\nFormer minister Lord Baxter, who is a patron of the charity, branded Edward\'s speech "dull and vague". He told Sky: "The time has come for a change." He added: "I would give him a year to learn."',
      [
        ['dull and vague', 'Lord Baxter'],
        ['The time has come for a change.', 'Lord Baxter'],
        ['I would give him a year to learn.', 'Lord Baxter'],
      ],
    ],
    [
      'a woman and "she": the same',
      'Princess Anne visited the school.\nLocal councillor Jane Orme, who sits on the board, called Anne\'s visit "a real boost". She told the paper: "The children loved it." She added: "We hope she comes back soon."',
      [
        ['a real boost', 'Jane Orme'],
        ['The children loved it.', 'Jane Orme'],
        ['We hope she comes back soon.', 'Jane Orme'],
      ],
    ],
    [
      'a quote whose mark never closes runs over narration to the next quote: it keeps the speaker before it, not the next one',
      'Mr Karp leads the union.\n"The plan has our support," said Ann Lowe, a ministry spokeswoman. "We have told the unions as much. We expect them to agree. Mr Karp was careful not to reject the plan. "Talks will go on," Mr Karp said.',
      [
        ['The plan has our support,', 'Ann Lowe'],
        ['We have told the unions as much. We expect them to agree. Mr Karp was careful not to reject the plan.', 'Ann Lowe'],
        ['Talks will go on,', 'Karp'],
      ],
    ],
    [
      '"NAME, POST, of BODY ENDING IN A NAME - an aside - told": the person the appositive describes',
      'Property prices rose again in May. Tom Brick, managing director, of CB Hanley Morris - a property agency - told the BBC this was "a welcome change."',
      [['a welcome change.', 'Tom Brick']],
    ],
    [
      '"The drive won a CES award … “…,” it said.": the body after "a" is a modifier; "it" is the one-word body just quoted, not CES',
      'The Consumer Electronics Show (CES) opened in Las Vegas.\nThe pocket drive from Maxtel won a CES design award this week. "It is the storage people want," said Maxtel. "It is the first time a drive looks good," it said.',
      [
        ['It is the storage people want,', 'Maxtel'],
        ['It is the first time a drive looks good,', 'Maxtel'],
      ],
    ],
    [
      '"A BODY spokesman said …" then "“…”, it said.": a body before a word for its voice is no modifier; "it" is the body',
      'The Serious Fraud Office (SFO) opened an inquiry.\nA SFO spokesman said the case was complex. Officers were "determined" to act "as quickly as possible", it said.',
      [
        ['determined', 'Serious Fraud Office'],
        ['as quickly as possible', 'Serious Fraud Office'],
      ],
    ],
    [
      '"BODY reported …, with the editor describing “…” as “…”": the participle\'s subject is an unnamed person; nobody here',
      'The Harbour Trust (HT) runs the docks.\nThe Harbour Trust prolifically reported on the dispute, with the chairman describing "the union demands" as "a threat to every job."',
      [
        ['the union demands', null],
        ['a threat to every job.', null],
      ],
    ],
    [
      'the same after a body named by its initials',
      'The Tenants Union (TU) is a charity.\nTU reported on the evictions, with the director describing "the new rules" as "cruel and unworkable".',
      [
        ['the new rules', null],
        ['cruel and unworkable', null],
      ],
    ],
    [
      'a described source the actor stages know ("a former aide") still speaks',
      'Senator Ann Vale left the party in May.\nVale attacked the leadership, with a former aide saying she was "tired of the lies".',
      [['tired of the lies', 'former aide']],
    ],
    [
      '"NAME cited the government\'s “…” as his reason": a thing of the possessor\'s, in words that may be either\'s',
      'Senator Marco Rubio wrote to the State Department.\nIn the letter, Rubio cited the Venezuelan government\'s "brutal crackdown on protesters" as his reason.',
      [['brutal crackdown on protesters', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('a title the actor stages split off a body\'s name its initials spell ("General Electric" and "GE") is the body', () => {
  test.each<[string, string, string, string | null]>([
    ['"General Motors … GM": the body', 'US giant General Motors has posted higher profits.\nGM said sales had risen by 8% in every region.', 'General Motors', null],
    ['"General Mills … GM", and its quote', 'Food maker General Mills called itself "in good health".\nGM said sales rose.', 'General Mills', 'in good health'],
  ])('%s', (_name, article, body, quote) => {
    const actors = actorsOfParagraphs(article.replace('\n', '\n\n'));
    expect(actors.find((a) => a.name === body)?.kind).toBe('organization');
    expect(actors.some((a) => a.kind === 'person')).toBe(false);
    if (quote) expect(speakersOf(article).find((r) => r[0] === quote)?.[1]).toBe(body);
  });

  test('initials the text numbers ("EO 14502") name a document: the title and word are no body', () => {
    const actors = actorsOfParagraphs('The president signed an Executive Order on ports.\n\nEO 14502 sets new rules for cargo checks.');
    expect(actors.some((a) => a.name === 'Executive Order' && a.kind === 'organization')).toBe(false);
  });
});
