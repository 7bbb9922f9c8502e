/**
 * Lines run together (texts that lost their paragraph breaks): a quote left without a speaker on its own long line
 * gets the speaker attribution finds when the line is cut before each sentence that opens a quotation (and after it,
 * before narrative), as the outlet's paragraphs most likely were. Every row is written for this test; each text is one
 * line, and the same text with its paragraph breaks must give the same speakers.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';
import { cutsOf } from '../../../src/engine/quotes/split-run-together-lines.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/index.ts';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('quotes of lines run together', () => {
  test.each<[string, string, Row[]]>([
    [
      'a quote sentence before a quote whose own cue names the speaker',
      'The federation lifted the suspension of runner Ana Mwangi on Friday. “The suspension is lifted.” “She has explained her absence,” said federation chief Joseph Keter. Mwangi may now race in March.',
      [['The suspension is lifted.', 'Joseph Keter'], ['She has explained her absence,', 'Joseph Keter']],
    ],
    [
      'two quote sentences after a cued quote, then narrative naming someone else',
      'Striker Tom Abara signed a new deal. “I am happy here,” Abara said. “The club believes in me.” “I want to repay that.” The club’s chairman Ian Rowe was away.',
      [['I am happy here,', 'Tom Abara'], ['The club believes in me.', 'Tom Abara'], ['I want to repay that.', 'Tom Abara']],
    ],
    [
      'a quote sentence after narrative about one person, as a line of its own',
      'Sprinter Carl Dyer lost his title in the final. But Dyer believes he lost the race in the heats. “I was saving energy in the heats.” The final was run in heavy rain.',
      [['I was saving energy in the heats.', 'Carl Dyer']],
    ],
    [
      'a quote running over paragraphs, the opening mark repeated and the paragraphs run together',
      'Charities said refugees would be turned away. “These plans give no safe haven,” said Mia Lund of the Refugee Forum. “If people arrive asking for help they will be refused. “When it comes to costs, look at the appeals first. “We need good decisions.”',
      [
        ['These plans give no safe haven,', 'Mia Lund'],
        ['If people arrive asking for help they will be refused.', 'Mia Lund'],
        ['When it comes to costs, look at the appeals first.', 'Mia Lund'],
        ['We need good decisions.', 'Mia Lund'],
      ],
    ],
    [
      'a line that opens with a quote sentence after a cued quote, then narrative naming someone else',
      'Swimmer Lena Okoro is confident of a medal. “I feel strong,” said Okoro.\n“If I stay healthy I think I can reach the final.” Okoro lost to Spain’s Maria Ruiz in Rome last year.',
      [['I feel strong,', 'Lena Okoro'], ['If I stay healthy I think I can reach the final.', 'Lena Okoro']],
    ],
    [
      'a line that opens with a quote sentence after a colon quote, then narrative about another person',
      'Union leader Sam Adeyemi said: “We will not give up.”\n“We expect an answer from the ministry by Friday.” Transport minister Joan Fell met the drivers on Monday.',
      [['We will not give up.', 'Sam Adeyemi'], ['We expect an answer from the ministry by Friday.', 'Sam Adeyemi']],
    ],
    [
      'a line that opens with a quote sentence after a cued quote, then the same speaker explaining more about others',
      'Label owner Rita Ochieng signed a new band. “It is the best thing I have done,” she added.\n“Working with young musicians is a joy.” Ochieng explained how her daughter took her to see the Harbour Boys.',
      [['It is the best thing I have done,', 'Rita Ochieng'], ['Working with young musicians is a joy.', 'Rita Ochieng']],
    ],
    [
      'a line that opens with a quotation left open and reopened at once, after a cued quote, then narrative naming someone else',
      'Coach Peter Mwale signed a two-year deal. “I am thrilled to be here,” said Mwale.\n“I saw the ambition of this club and it matches mine. “The players have worked hard and I want to build on that.” Club owner Dan Ferris said the search had taken weeks.',
      [['I am thrilled to be here,', 'Peter Mwale'], ['I saw the ambition of this club and it matches mine.', 'Peter Mwale'], ['The players have worked hard and I want to build on that.', 'Peter Mwale']],
    ],
    [
      'a line that opens with a quotation left open and reopened at once, after a pronoun-cued quote, then narrative about another person',
      'Home Secretary Ruth Kamau defended the plans. “This is a duty we owe,” she said.\n“We want more nurses to come and work here. “We want more students too.” Her rival Paul Odhiambo was asked on Tuesday if the plans would work.',
      [['This is a duty we owe,', 'Ruth Kamau'], ['We want more nurses to come and work here.', 'Ruth Kamau'], ['We want more students too.', 'Ruth Kamau']],
    ],
    [
      'a line that opens with a quote sentence after a cued quote, then someone else who cannot explain (a verb of saying after "to")',
      'Top seed Nina Varga beat Olga Petrenko in the final. “I wanted a quick start,” Varga said.\n“That took me to a 4-0 lead before she found her feet.” Petrenko was unable to explain her slow start.',
      [['I wanted a quick start,', 'Nina Varga'], ['That took me to a 4-0 lead before she found her feet.', 'Nina Varga']],
    ],
    [
      'a line that opens with a quote sentence after a cued quote, then someone else who declined to comment',
      'Mayor Ruth Okafor opened the new bridge. “It links two halves of the town,” she said.\n“Nobody will need the ferry any more.” The ferry owner Sam Bello declined to comment on his future.',
      [['It links two halves of the town,', 'Ruth Okafor'], ['Nobody will need the ferry any more.', 'Ruth Okafor']],
    ],
    [
      'a line that opens with a quote ending in a quoted question (its sentence ends at "?\'"), then narrative naming someone else',
      'But union leader Ann Dee said the plan left staff "out in the cold".\n"The board shuts its doors and it does rather beg the question, \'What are they hiding?\'" The talks resume in May. Mr Roe said the offer would stand.',
      [['out in the cold', 'Ann Dee'], ["The board shuts its doors and it does rather beg the question, 'What are they hiding?'", 'Ann Dee']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each<[string, string, Row[]]>([
    [
      'not a quote sentence right after a line that quotes someone else',
      'Protesters carried banners reading “hands off our homes”. “No surrender.” “We will win,” Mark Pell said.',
      [['hands off our homes', null], ['No surrender.', null], ['We will win,', 'Mark Pell']],
    ],
    [
      'not a quote sentence broken from the cued quote by narrative',
      '“I have never been able to write quickly.” He wrote at night. “I am never satisfied,” novelist Arthur Haley once said.',
      [['I have never been able to write quickly.', null], ['I am never satisfied,', 'Arthur Haley']],
    ],
    [
      'not a quote sentence opening a line when the narrative after it names someone else with a word of reaction',
      'Union leader Sam Adeyemi said: “We will not give up.”\n“We expect an answer by Friday.” Transport minister Joan Fell was less optimistic.',
      [['We will not give up.', 'Sam Adeyemi'], ['We expect an answer by Friday.', null]],
    ],
    [
      'not a quote sentence opening a line when the narrative after it names someone else with a verb of saying',
      'Union leader Sam Adeyemi said: “We will not give up.”\n“We expect an answer by Friday.” Transport minister Joan Fell said talks would go on.',
      [['We will not give up.', 'Sam Adeyemi'], ['We expect an answer by Friday.', null]],
    ],
    [
      'not a quote sentence opening a line after narrative only (the subject of a line before needs a quote line of its own)',
      'Swimmer Lena Okoro trained at dawn.\n“I feel strong.” Her rivals rested.',
      [['I feel strong.', null]],
    ],
    [
      'not a quote sentence opening a line when someone else, as the subject after it, explains',
      'Label owner Rita Ochieng signed a new band. “It is the best thing I have done,” she added.\n“Working with young musicians is a joy.” Her partner Tom Ade explained how the Harbour Boys were found.',
      [['It is the best thing I have done,', 'Rita Ochieng'], ['Working with young musicians is a joy.', null]],
    ],
    [
      'not a line that opens with a quotation left open and reopened at once, after a line that quotes someone else',
      'Protesters carried banners reading “hands off our homes”.\n“No surrender. “We will win.” Mark Pell said the march was peaceful.',
      [['hands off our homes', null], ['No surrender.', null], ['We will win.', null]],
    ],
  ])('stays null: %s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['a cued quote and two quote sentences', 'Striker Tom Abara signed a new deal.\n“I am happy here,” Abara said.\n“The club believes in me.”\n“I want to repay that.”'],
    ['a quote sentence before a cued one', 'The federation lifted the ban.\n“The suspension is lifted.”\n“She has explained her absence,” said federation chief Joseph Keter.'],
    ['a quote line then narrative naming someone else', 'Union leader Sam Adeyemi said: “We will not give up.”\n“We expect an answer by Friday.”\nTransport minister Joan Fell met the drivers on Monday.'],
    ['a quote of two sentences, then a player not keen to talk, then his own quote', 'Coach Dan Obi said: “We were poor. We will improve.”\nWinger Tom Vale was keen not to talk about the title.\n“We have a hard game next week. Nobody is thinking about trophies.”'],
    ['a cued quote of two sentences, then a captain who would not be drawn, then hers', '“It was a long day. We earned it,” said manager Rosa Lind.\nCaptain Meg Otieno would not be drawn on the final.\n“We take each match as it comes. The final is weeks away.”'],
  ])('gives the same speakers with and without paragraph breaks: %s', (_name, text) => {
    expect(speakersOf(text.replace(/\n/g, ' '))).toEqual(speakersOf(text));
  });
});

describe('cutsOf', () => {
  test.each<[string, string, string[]]>([
    ['before a sentence opening a quotation, and before the narrative after it', 'He lost. “It hurts.” He left.', ['“', 'He']],
    ['none in a line that opens with the quotation', '“It hurts,” he said.', []],
    ['before the narrative after a quote sentence that opens the line', '“It hurts.” He left. She stayed.', ['He']],
    ['none before a sentence inside a quotation', 'He said: “We lost. We will be back.”', []],
    ['before each of two quote sentences in a row', 'She won. “I am glad.” “It was hard,” she said.', ['“', '“']],
    ['where a quotation left open meets the next opening mark', 'He said: “We lost. “We will be back.”', ['“']],
    ['before the narrative after a quotation of several sentences', 'She won. “I am glad. It was hard.” Her coach left early.', ['“', 'Her']],
    ['before the narrative after a cued quotation of several sentences', '“We trained hard. We are happy,” he said. Striker Ana Ruiz was quieter.', ['Striker']],
    ['none inside a quotation left open over several sentences', 'She won. “I am glad. It was hard.', ['“']],
    ['before the narrative after a quotation that ends a colon sentence', 'Obi said: “We were poor. We improved.” Vale was quiet.', ['Vale']],
    ['none after a quotation followed by its own attribution', 'Obi said “we were poor”, he added. Vale was quiet.', []],
  ])('%s', (_name, text, starts) => {
    const paragraph = tokenizeText(0, text, findQuoteSpans(text));
    expect(cutsOf(paragraph).map((k) => paragraph.tokens[k]!.text)).toEqual(starts);
  });
});
