import { describe, expect, test } from 'vitest';
import { isTitleSurnameAfterCourtesy } from '../../../src/engine/actors/title-surname-after-courtesy.ts';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('isTitleSurnameAfterCourtesy', () => {
  test.each([
    ['a title word after Mr', 'said Mr Bishop on Monday.', 2, true],
    ['a title word after Dr', 'Dr Judge told the hearing.', 1, true],
    ['a title word after Mrs at the end of a sentence', 'It was hard, said Mrs Champion.', 6, true],
    ['an office a courtesy title addresses', 'Thank you, Mr President, for that.', 4, false],
    ['Mr Justice before a surname', 'Mr Justice Hale said so.', 1, false],
    ['a title word after Mr with a name after it', 'Mr Sheriff Dunne said so.', 1, false],
    ['a title word after Lord, which takes offices too', 'the Lord Bishop said so.', 2, false],
    ['a title word after no honorific', 'the Bishop said so.', 1, false],
  ])('%s', (_label, text, k, expected) => {
    const t = tokenizeText(0, text, []).tokens;
    expect(isTitleSurnameAfterCourtesy(t[k]!, t[k - 1], t[k + 1])).toBe(expected);
  });
});

describe('title words as surnames in found actors', () => {
  test.each([
    ['"Prices will fall," Mr Champion said.', 'Champion'],
    ['"It was a hard year," said Mrs Bishop, who runs the farm.', 'Bishop'],
    ['Dr Judge told reporters: "The trial went well."', 'Judge'],
    ['"We will stay open," said Ms Sheriff.', 'Sheriff'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test.each([
    ['Judge Ann Roe said: "The case is closed."', 'Ann Roe', 'Judge'],
    ['Chief Judge Mark Lee said: "No comment."', 'Mark Lee', 'Judge'],
    ['Mr Justice Pell said: "The appeal fails."', 'Pell', 'Justice'],
  ])('the title stays a title: %s', (text, name, title) => {
    expect(names(text)).toContain(name);
    expect(names(text)).not.toContain(title);
  });

  test('the Bishop of a see and an addressed office make no surname', () => {
    expect(names('The Bishop of Durham said: "Pray for peace."')).not.toContain('Bishop');
    expect(names('"Thank you, Mr President," she said.')).not.toContain('President');
  });
});

describe('a given name and a title word before an apposition with "a" or "an"', () => {
  test('the two words are one person, and the courtesy form is that person', () => {
    const actors = actorsOf('Rachel Bishop, a teacher, said: "We need more money." "It is hard," said Mrs Bishop.');
    const bishop = actors.find((a) => a.name === 'Rachel Bishop');
    expect(bishop).toBeDefined();
    expect(actors.map((a) => a.name)).not.toContain('Bishop');
  });

  test.each([
    ['a title before a name stays a title', 'Chief Judge Mark Lee, a veteran, said: "No comment."', 'Mark Lee', 'Judge'],
    ['a place before a title with no apposition stays a role', 'Kerala Governor Asha Menon said: "We are ready."', 'Asha Menon', 'Kerala Governor'],
  ])('%s', (_label, text, present, absent) => {
    const names = actorsOf(text).map((a) => a.name);
    expect(names).toContain(present);
    expect(names).not.toContain(absent);
  });
});

test('a see after a title with an apposition makes no surname', () => {
  expect(actorsOf('The Bishop of Durham, a keen walker, said: "Pray for peace."').map((a) => a.name)).not.toContain('Bishop');
});
