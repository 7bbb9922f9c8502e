/**
 * A "he" or "she" is read as evidence of a named person's gender only where nobody else of that gender can be
 * meant: not the object of an earlier pronoun of its sentence ("while he tipped NAME"), not the person of the
 * sentence before when its own sentence opens on an epithet ("The singer said he") or on an earlier "she", and not
 * when the window sentence names another person of that gender by "him" or an object "her" ("NAME gave her the
 * rings.") (issue 13, round 37, part 37g). Wrong evidence had given a man's "he" to a woman and a woman's "she" to a
 * man. The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findActors } from '../../../src/engine/actors/index.ts';
import { indexMentions } from '../../../src/engine/quotes/02-find-cues.ts';
import { findGenders } from '../../../src/engine/quotes/find-genders.ts';
import { objectPronounOfGender, pronounContinuesAnother, quotedPeopleBefore } from '../../../src/engine/quotes/gender-pronoun-window.ts';
import { quotesOfLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

const gendersOf = (lines: string[]): Map<string, string> => {
  const paragraphs = tokenizedParagraphs(lines);
  const { mentions } = findActors(paragraphs);
  return findGenders(paragraphs, indexMentions(paragraphs, mentions));
};

const tokenOf = (text: string, word: string, nth = 0): number => {
  const tokens = tokenizedParagraphs([text])[0]!.tokens;
  return tokens.map((t, k) => [t.text, k] as const).filter(([w]) => w === word)[nth]![1];
};

describe('pronounContinuesAnother', () => {
  test.each<[string, string, [string, number], string | undefined, boolean]>([
    ['a name after an earlier "he" of the sentence is its object', 'But while he tipped Rosa Lind to win, he predicted a close race.', ['he', 1], 'Rosa', true],
    ['a name before the pronoun with no pronoun before it', 'Rosa Lind said she would stay.', ['she', 0], 'Rosa', false],
    ['a later "she" of a sentence that opened with "she"', 'She said she was tired.', ['she', 0], undefined, true],
    ['the first "she" of a sentence', 'She said it was over.', ['She', 0], undefined, false],
    ['an epithet subject opens the sentence', 'The singer said he could have been hurt.', ['he', 0], undefined, true],
    ['a plain sentence opening', 'Yesterday he said it was over.', ['he', 0], undefined, false],
  ])('%s', (_name, text, [word, nth], name, expected) => {
    const paragraph = tokenizedParagraphs([text])[0]!;
    expect(pronounContinuesAnother(paragraph, tokenOf(text, word, nth), name === undefined ? undefined : tokenOf(text, name))).toBe(expected);
  });
});

describe('objectPronounOfGender', () => {
  test.each<[string, string, 'male' | 'female', boolean]>([
    ['"her" before a conjunction is an object', 'Tom Dee gave her the rings when they married.', 'female', true],
    ['"her" at the end of the sentence', 'Tom Dee thanked her.', 'female', true],
    ['"her" owning a noun may be the person named', 'Ann Roe said her car was stolen.', 'female', false],
    ['"him" is always someone else', 'Ann Roe met him at noon.', 'male', true],
    ['a pronoun of the other gender', 'Ann Roe met him at noon.', 'female', false],
    ['a pronoun inside a quote does not count', 'Ann Roe said “I met him”.', 'male', false],
  ])('%s', (_name, text, gender, expected) => {
    const tokens = tokenizedParagraphs([text])[0]!.tokens;
    expect(objectPronounOfGender(tokens, 1, tokens.length, gender)).toBe(expected);
  });
});

describe('quotedPeopleBefore', () => {
  test.each<[string, string, string[]]>([
    ['the only person named before a quoted "she"', '“Rosa Lind has got as far as she can go,” he said.', ['rosa-lind']],
    ['the speaker speaks to someone named', '“I told Tom Vale she would not come,” he said.', []],
    ['another pronoun before it', '“Rosa Lind met him before she left,” he said.', []],
    ['a possessor is not the one meant', '“Rosa Lind’s coach thinks she can win,” he said.', []],
    ['a name in an earlier sentence of the quote', '“Rosa Lind ran well. But she can go faster,” he said.', []],
  ])('%s', (_name, text, expected) => {
    const paragraphs = tokenizedParagraphs([text]);
    const { mentions } = findActors(paragraphs);
    const list = indexMentions(paragraphs, mentions)[0]!.list;
    const k = paragraphs[0]!.tokens.findIndex((t) => t.lower === 'she' && t.quote >= 0);
    expect(quotedPeopleBefore(paragraphs[0]!, list, k).map((m) => m.actor)).toEqual(expected);
  });
});

describe('findGenders with pronouns that continue someone else', () => {
  test.each<[string, string[], string, string | undefined]>([
    ['the object of an earlier "he" gets no gender from the next "he"', ['Carl Rudd backed Hana Petrova. But while he tipped Petrova to win, he predicted a close race.'], 'hana-petrova', undefined],
    ['a man who "gave her" something is not the next "she"', ['His wife Jo Marsh was at home.', 'The rings Karl Marsh gave her when they married were taken. She said she wished she had worn them.'], 'karl-marsh', undefined],
    ['"The singer said he" says nothing of the woman named before', ['His wife Jo Marsh was at home.', 'The singer said he could have been hurt.'], 'jo-marsh', 'female'],
    ['a quoted "she" after the only person its sentence names', ['“I think Rosa Lind has got as far as she can go,” said Mr Hart.'], 'rosa-lind', undefined],
    ['a quoted "she" after a name, with nobody speaking in the words before', ['“Rosa Lind has got as far as she can go,” said Mr Hart.'], 'rosa-lind', 'female'],
    ['a plain "she" after the only person named still counts', ['Lena Brook won the race.', 'She said it was the best day of her life.'], 'lena-brook', 'female'],
  ])('%s', (_name, lines, actor, expected) => {
    expect(gendersOf(lines).get(actor)).toBe(expected);
  });
});

describe('a "he" or "she" resolved past someone of the other gender', () => {
  test.each<[string, string, Row[]]>([
    [
      'a woman who gets rings from a man is the next "she"',
      'Karl Marsh said he had chased the burglar. At a press conference, Jo Marsh listed the stolen items. They included a ring Karl Marsh gave her when they married. She said she wished she had worn it. “I always take it off at night.”',
      [['I always take it off at night.', 'Jo Marsh']],
    ],
    [
      'a "he" after a sentence whose subject a quote showed to be a woman is the man named after her',
      'Critic Ben Hart spoke about the race. “Rosa Lind has got as far as she can go.” Lind is also the choice of Karl Dyer, editor of a film weekly. But while he tipped Ann Moss to win, he predicted a close contest. “It could go either way,” he told the paper.',
      [
        ['Rosa Lind has got as far as she can go.', 'Ben Hart'],
        ['It could go either way,', 'Karl Dyer'],
      ],
    ],
  ])('%s', (_name, article, expected) => {
    expect(attributions(article)).toEqual(expected);
  });
});
