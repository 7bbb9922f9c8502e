/**
 * "“…,” said Aviator star Alan Alda.": after a verb of saying, a short descriptor the title list does not hold
 * ("film star", "award winner", "selection panel member", "eighth seed": a head that only ends like a participle, round
 * 42b), written right before a person's name, leaves that person the speaker (issue 13, round 25). A link word or a verb form between ("fans of", "people who knew") does not; one "and" inside a descriptor ending on a role's
 * head does ("according to media and PR strategist NAME", round 43d), and so does one between a first role that ends
 * on its head and a second ("said Top Chef judge and food activist NAME", round 45c).
 * Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('a descriptor before the name after a verb of saying', () => {
  test.each<[string, string, string | null]>([
    ['a lower-case descriptor', 'The harbour festival opened on Friday.\n“The town has never looked better,” said film star Nora Blake.', 'Nora Blake'],
    ['a capitalised work before the descriptor', 'The harbour festival opened on Friday.\n“The town has never looked better,” said Moonrise star Nora Blake, a local for years.', 'Nora Blake'],
    ['a two-word descriptor', 'The prize list was read out in Oslo.\n“The choice was not easy,” said selection panel member Lars Holm.', 'Lars Holm'],
    ['a ranking before a head that ends like a participle', 'Lena Vogt reached the quarter-finals in Perth on Tuesday.\n“My serve held up in the wind,” said fourth seed Vogt.', 'Lena Vogt'],
    ['a full name after a seeding', 'Tomas Brandt and Lena Vogt both won in Perth.\n“I was nervous at the start,” said top seed Tomas Brandt.', 'Tomas Brandt'],
    ['a participle before the name stays no descriptor', 'The harbour festival opened on Friday.\n“The town has never looked better,” said people visited Nora Blake.', null],
    ['"according to" a descriptor with "and" inside before a role head', 'The harbour festival opened on Friday.\n“The town has never looked better,” according to radio and TV presenter Nora Blake, who opened it.', 'Nora Blake'],
    ['"and" inside a descriptor after a verb of saying', 'The harbour festival opened on Friday.\n“The town has never looked better,” said film and stage producer Nora Blake.', 'Nora Blake'],
    ['"and" inside a descriptor ending on a verb form', 'The harbour festival opened on Friday.\n“The town has never looked better,” according to radio and TV archives featuring Nora Blake.', null],
    ['"and" inside a descriptor with no role head before the name', 'The harbour festival opened on Friday.\n“The town has never looked better,” according to friends and neighbours Nora Blake.', null],
    ['a capitalised role ending on its head, then "and" and a second role', 'The harbour festival opened on Friday.\n“The town has never looked better,” said Bake Off judge and food writer Nora Blake.', 'Nora Blake'],
    ['a capitalised role, "and" and a second role, with her firm after the name', 'The harbour festival opened on Friday.\n“The town has never looked better,” said Bake Off judge and food writer Nora Blake of Quay Foods.', 'Nora Blake'],
    ['a role, "and" and a plural noun with no name', 'The harbour festival opened on Friday.\n“The town has never looked better,” said festival judge and food writers.', null],
    ['fans of someone', 'The harbour festival opened on Friday.\n“The town has never looked better,” said fans of Nora Blake.', null],
    ['people who knew someone', 'The harbour festival opened on Friday.\n“The town has never looked better,” said people who knew Nora Blake.', null],
  ])('%s', (_label, article, speaker) => {
    const quotes = quotesOfLines(article);
    expect(quotes.at(-1)?.speaker ?? null).toBe(speaker);
  });
});
