import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const people = (text: string): [string, string[]][] => actorsOf(text).filter((a) => a.kind === 'person').map((a) => [a.name, [...a.aliases].sort()]);
const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('mergeStageNames', () => {
  test.each<[string, string, [string, string[]][]]>([
    ['a stage name of digits, "whose real name is"', 'Singer 9 Volt, whose real name is Ana Ruiz, toured Spain.\n\n9 Volt sold out every show. Fans waited hours to see 9 Volt.', [['9 Volt', ['Ana Ruiz']]]],
    ['"The" and a common word, "whose real name is"', 'The Vandal, whose real name is Tom Reed, spoke to fans.\n\nThe Vandal then left the stage, and The Vandal waved.', [['The Vandal', ['Tom Reed']]]],
    ['a stage name after "better known as"', 'Tom Reed, better known as The Vandal, spoke to fans on Sunday.\n\nThe Vandal waved. Later The Vandal left.', [['The Vandal', ['Tom Reed']]]],
    ['a bracketed real name', '4Rest (real name Ana Ruiz) released a record.\n\n4Rest toured in May, and 4Rest played Leeds.', [['4Rest', ['Ana Ruiz']]]],
    ['a stage name the name finder already read', 'Rapper Kid-Zed, real name Tom Reed, spoke on Friday.\n\nKid-Zed thanked fans. Kid-Zed left.', [['Kid-Zed', ['Tom Reed']]]],
    ['a real name used more keeps its name', 'Ana Ruiz, better known as The Lantern, sang.\n\nAna Ruiz smiled. Ana Ruiz left.', [['Ana Ruiz', ['The Lantern']]]],
  ])('merges %s', (_label, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  test('quotes closed by the stage name go to the person (named by the form written most; a tie keeps the real name)', () => {
    const text = 'The Vandal, whose real name is Tom Reed, told a news conference: "I am sorry."\n\n"We move on," 9 Volt said. 9 Volt, real name Ana Ruiz, smiled.';
    expect(speakers(text)).toEqual(['Tom Reed', '9 Volt']);
  });

  test.each([
    ['a match report', 'The Game was a draw, and the crowd went home.\n\n"It was dull," Tom Reed said.'],
    ['coins', 'Tom Reed kept 50 cent coins in a jar.\n\n"They add up," Tom Reed said.'],
    ['a place of birth', 'Tom Reed, born in Leeds, said he was happy.\n\n"It is home," Tom Reed said.'],
  ])('leaves %s alone', (_label, text) => {
    expect(people(text)).toEqual([['Tom Reed', []]]);
  });
});
