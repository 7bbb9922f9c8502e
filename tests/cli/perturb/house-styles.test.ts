import { describe, expect, test } from 'vitest';
import { addFurniture, BYLINES, CAPTIONS, DATELINES, READ_MORE } from '../../../src/cli/perturb/furniture.ts';
import { honorificsText, speakerTitles } from '../../../src/cli/perturb/honorifics.ts';
import { singleMarks, swapMarks } from '../../../src/cli/perturb/marks.ts';
import type { ExpectedArticle } from '../../../src/cli/score-quotes.ts';

const key = (people: string[], quotes: [string, string][] = []): ExpectedArticle => ({
  style: 'test',
  actors: people.map((name) => ({ name, kind: 'person' as const })),
  quotes: quotes.map(([text, speaker]) => ({ text, speaker })),
});

describe('honorificsText', () => {
  test.each([
    ['drops honorifics where the text has them', 'Port deal\n\nMr Tan said the deal was done. Ms Ade agreed.', 'Port deal\n\nTan said the deal was done. Ade agreed.'],
    ['keeps them inside quotes', 'Vote\n\n“Mr Okafor is wrong,” Dr Lin said.', 'Vote\n\n“Mr Okafor is wrong,” Lin said.'],
    ['drops a US full stop too', 'Vote\n\nMrs. Alvarez spoke first.', 'Vote\n\nAlvarez spoke first.'],
  ])('%s', (_label, text, out) => {
    expect(honorificsText(text, key([]))).toBe(out);
  });

  test.each([
    [
      'adds Mr before a repeated surname of a speaker the pronoun cue shows is a man',
      'Ferry strike\n\nUnion leader Tomas Berg spoke. “We will not move,” he said. Berg added that talks had failed.',
      key(['Tomas Berg'], [['We will not move', 'Tomas Berg']]),
      'Ferry strike\n\nUnion leader Tomas Berg spoke. “We will not move,” he said. Mr Berg added that talks had failed.',
    ],
    [
      'adds Ms after "said", never in the headline or before another capitalised word',
      'Osei wins seat\n\nAma Osei won. She added: “It is a start.” “Thanks,” said Osei. The Osei Trust paid.',
      key(['Ama Osei'], [['It is a start.', 'Ama Osei']]),
      'Osei wins seat\n\nAma Osei won. She added: “It is a start.” “Thanks,” said Ms Osei. The Osei Trust paid.',
    ],
    [
      'leaves a speaker with no pronoun cue alone',
      'Budget\n\nLena Voss said: “No.” Voss left.',
      key(['Lena Voss'], [['No.', 'Lena Voss']]),
      'Budget\n\nLena Voss said: “No.” Voss left.',
    ],
  ])('%s', (_label, text, k, out) => {
    expect(honorificsText(text, k)).toBe(out);
  });

  test('adds the American "Mr." when asked to', () => {
    const text = 'Vote\n\nAl Diaz spoke. “Done,” he said. Diaz left.';
    expect(honorificsText(text, key(['Al Diaz'], [['Done', 'Al Diaz']]), '.')).toBe('Vote\n\nAl Diaz spoke. “Done,” he said. Mr. Diaz left.');
  });

  test('a surname whose cues disagree gets no title', () => {
    const k = key(['Kim Lee'], [['Yes', 'Kim Lee'], ['No', 'Kim Lee']]);
    expect(speakerTitles('“Yes,” he said. “No,” she said.', k)).toEqual(new Map());
  });
});

describe('swapMarks', () => {
  test.each([
    ['straight to curly', 'He said "it\'s over" and left. \'Too late\' read the sign.', 'He said “it’s over” and left. ‘Too late’ read the sign.'],
    ['curly to straight', 'She said “we’re done.”', 'She said "we\'re done."'],
    ['a quote running on to the next paragraph', '"First part.\n"Second part," he said.', '“First part.\n“Second part,” he said.'],
    ['no marks at all', 'Nothing quoted here.', 'Nothing quoted here.'],
    ['a mark with spaces on both sides or a comma before a word: by count', 'It could be " very good", he said. As I wrote,"Less is more".', 'It could be “ very good”, he said. As I wrote,“Less is more”.'],
    ['a quote closed on a line after the one it opened on', '"We tried.\nWe failed," Mr Roe said.', '“We tried.\nWe failed,” Mr Roe said.'],
  ])('%s', (_label, text, out) => {
    expect(swapMarks(text)).toBe(out);
  });
});

describe('singleMarks', () => {
  test.each([
    ['a quote in single marks', '"We won," he said.', '‘We won,’ he said.'],
    ['a nested quote in double marks', '"They called it \'a disgrace\'," she said.', '‘They called it “a disgrace”,’ she said.'],
    ['curly marks and apostrophes', '“It’s not ‘over’ yet,” said Ana.', '‘It’s not “over” yet,’ said Ana.'],
    ['an apostrophe in narration', "The mayor's office said \"no\".", 'The mayor’s office said ‘no’.'],
    ['a quote left open at the line end', '"First part.\n"Second part," he said.', '‘First part.\n‘Second part,’ he said.'],
    ['a quote closed on a line after the one it opened on', '"We tried.\nWe failed," Mr Roe said.', '‘We tried.\nWe failed,’ Mr Roe said.'],
    ['an apostrophe after an editor\'s bracket', '"[The plan]\'s fine," he said.', '‘[The plan]’s fine,’ he said.'],
    ['a plural possessive stays an apostrophe', "The voters' choice was \"clear\".", 'The voters’ choice was ‘clear’.'],
  ])('%s', (_label, text, out) => {
    expect(singleMarks(text)).toBe(out);
  });
});

describe('addFurniture', () => {
  const body = ['Harbour plan', '', 'The council voted on Monday.', '', 'Two.', '', 'Three.', '', 'Four.', '', 'Five.', '', 'Six.'].join('\n');

  test('puts a byline under the headline, a dateline on the first paragraph, a link line and a caption between paragraphs', () => {
    const out = addFurniture(body, 'harbour.txt').split('\n\n');
    expect(out[0]).toBe('Harbour plan');
    expect(BYLINES).toContain(out[1]);
    expect(DATELINES.some((d) => out[2] === `${d}The council voted on Monday.`)).toBe(true);
    expect(READ_MORE).toContain(out[4]);
    expect(CAPTIONS).toContain(out[7]);
    expect(out.filter((p) => !/^[A-Z][a-z]+\.$/.test(p))).toHaveLength(5);
  });

  test.each([
    ['keeps single line breaks', 'Title\nOne.\nTwo.\nThree.\nFour.', 'Title\n'],
    ['keeps a dateline already there', 'Title\n\nLONDON (Reuters) - One.\n\nTwo.', 'LONDON (Reuters) - One.'],
    ['keeps a date line after the headline in front', 'Title\n\nFriday, January 4, 2019\n\nOne.\n\nTwo.', '\n\nFriday, January 4, 2019\n\n'],
  ])('%s', (_label, text, part) => {
    const out = addFurniture(text, 'x.txt');
    expect(out).toContain(part);
    expect(out).not.toBe(text);
    if (!text.includes('\n\n')) expect(out).not.toContain('\n\n');
  });

  test('is the same on every run', () => {
    expect(addFurniture(body, 'a.txt')).toBe(addFurniture(body, 'a.txt'));
  });
});
