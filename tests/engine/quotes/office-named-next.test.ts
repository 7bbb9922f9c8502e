/**
 * `office-named-next`: a lead gives its speaker by a post only and names that person in the next sentences ("The
 * prime minister has defended …, saying “…”" ⏎ "But NAME said …"); the post is the person named bare, for the first
 * time, as the subject of the next sentence that names anyone (issue 13, round 35, part 35e). The sentences are
 * written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));

describe('officeNamedNext', () => {
  test.each<[string, string, Row]>([
    ['a post opening the lead, its holder two sentences on', 'The prime minister has defended the new curfew, saying “a handful of streets” were out of control.\nThe opposition is angry about the plan. But Helen Marsh said there would be no retreat.', ['a handful of streets', 'Helen Marsh', 'office-named-next']],
    ["a country's minister, named in the next sentence", "Stocks fell again on Friday. Meanwhile, Norway's energy minister has said the market faced “a long winter” unless supply improved. Tor Lindqvist said he would raise it in Oslo.", ['a long winter', 'Tor Lindqvist', 'office-named-next']],
    ['a post after the quote ends the sentence', 'Harbour Freight has held “constructive and friendly” talks with the port, its chief has said.\nOlga Brandt met port officials on Monday.', ['constructive and friendly', 'Olga Brandt', 'office-named-next']],
    ['"according to" a post with modifiers after its head word', 'The bank will meet its target “with room to spare”, according to its former chief economic adviser.\nFormerly one of the bank\'s closest aides, Sam Okafor said the figures were sound.', ['with room to spare', 'Sam Okafor', 'office-named-next']],
    ['the holder with a title of this post', "Oil rose. Meanwhile, Chile's mining minister has said output faced “a hard year”.\nMining Minister Ana Vidal said she would meet the unions.", ['a hard year', 'Ana Vidal', 'office-named-next']],
    ['an indefinite post, its holder named with an aside of their own', 'The festival is “running on empty”, a leading theatre figure has said.\nMara Quinn, the director of a touring company until last spring, told a radio programme that ticket sales had halved.', ['running on empty', 'Mara Quinn', 'office-named-next']],
    ['an indefinite post, its holder named bare', 'The league faces “a lost decade”, a senior football figure has said.\nBut Joel Arden said the clubs could still recover.', ['a lost decade', 'Joel Arden', 'office-named-next']],
  ])('the post is the person named next: %s', (_label, article, row) => {
    expect(attributions(article)[0]).toEqual(row);
  });

  test.each<[string, string, Row]>([
    ['the next person has another post', 'The prime minister has defended the new curfew, saying “a handful of streets” were out of control.\nOpposition leader Dan Weir said the plan was cruel.', ['a handful of streets', null]],
    ['the same head with other words', 'The local health minister said the wards were “full to the doors”.\nIndian Prime Minister Ravi Shah said help was on its way.', ['full to the doors', null]],
    ['the next person is set off by an aside', 'The prime minister has defended the new curfew, saying “a handful of streets” were out of control.\nHelen Marsh, a local councillor, said the plan was cruel.', ['a handful of streets', null]],
    ['the next person was named before the post', 'Helen Marsh visited the town in May.\nThe weather was bad. The roads were shut. The prime minister has defended the new curfew, saying “a handful of streets” were out of control.\nHelen Marsh said there would be no retreat.', ['a handful of streets', null]],
    ['the next person is not the subject', 'The prime minister has defended the new curfew, saying “a handful of streets” were out of control.\nCritics of Helen Marsh said the plan was cruel.', ['a handful of streets', null]],
    ['nobody is named in the next three sentences', 'The prime minister has defended the new curfew, saying “a handful of streets” were out of control.\nThe plan starts on Monday. It will last a month. Shops will shut early.\nHelen Marsh said there would be no retreat.', ['a handful of streets', null]],
    ['a possessive post is no subject', "The prime minister's plan to “clear the streets” was attacked.\nHelen Marsh said there would be no retreat.", ['clear the streets', null]],
    ['an indefinite post, the aside followed by no verb of saying', 'The festival is “running on empty”, a leading theatre figure has said.\nMara Quinn, the director of a touring company, runs three venues in the north.', ['running on empty', null]],
    ['an indefinite post, the aside naming another person', 'The festival is “running on empty”, a leading theatre figure has said.\nMara Quinn, a former aide to Paul Dorsey, said the venues were struggling.', ['running on empty', null]],
    ['a figure that is a number', 'Sales were “far below hopes”, the figure for March has shown.\nMara Quinn said the shops were quiet.', ['far below hopes', null]],
  ])('withheld: %s', (_label, article, row) => {
    expect(attributions(article)[0]).toEqual(row);
  });
});

describe('officeAfterNamedNext', () => {
  test.each<[string, string, Row[]]>([
    ['the post ends the sentence, its holder ends the next', 'Red tape must be “cut back hard”, the business secretary has said.\nThe rules would go within a month, Ann Roe said.', [['cut back hard', 'Ann Roe', 'office-named-next']]],
    ['the post ends the sentence, its holder opens the next', 'Schools need “more time”, the education secretary has said.\nBut Ruth Calder said no date had been set.', [['more time', 'Ruth Calder', 'office-named-next']]],
    ['two fragments share the post that ends their sentence', 'The “idea that small firms cannot export” has to be “put to rest”, the trade minister has said.\nThe government would help them find buyers abroad, Tom Vale said.', [['idea that small firms cannot export', 'Tom Vale', 'office-named-next'], ['put to rest', 'Tom Vale', 'office-named-next']]],
  ])('the post after the quote is the person named next: %s', (_label, article, rows) => {
    expect(attributions(article).slice(0, rows.length)).toEqual(rows);
  });

  test.each<[string, string, Row]>([
    ['the next person has another post', 'Schools need “more time”, the education secretary has said.\nShadow Chancellor Tom Vale said the plan was late.', ['more time', null]],
    ['the next person is set off by an aside', 'Schools need “more time”, the education secretary has said.\nTom Vale, a head teacher in Leeds, said the plan was late.', ['more time', null]],
  ])('withheld: %s', (_label, article, row) => {
    expect(attributions(article)[0]).toEqual(row);
  });

  test.each<[string, string]>([
    ['a person opens a sentence before the post (the epithet is read backwards)', 'Ruth Calder spoke in Leeds on Monday.\nSchools need “more time”, the education secretary has said.\nTom Vale said no date had been set.'],
    ['a quote opening with a capital stands between', 'The plan needs “more time”, and “Nobody can rush it”, the education secretary has said.\nTom Vale said no date had been set.'],
  ])('not read forwards: %s', (_label, article) => {
    expect(attributions(article)[0]?.[2]).not.toBe('office-named-next');
  });
});
