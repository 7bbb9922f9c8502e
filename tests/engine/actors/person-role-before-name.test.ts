/**
 * "his friend and fellow broadcaster Ann Roe", "comedian and broadcaster Ann Roe": a noun that names both a person's
 * title and a kind of organisation is the person's title after a peer word or another title and "and"; "public
 * broadcaster RTS" stays a body (issue 13, round 37). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { isPersonRoleBeforeName } from '../../../src/engine/actors/person-role-before-name.ts';
import { actorsOfParagraphs, tokenizedParagraphs } from '../../support/engine-stages.ts';

describe('isPersonRoleBeforeName', () => {
  test.each<[string, string, boolean]>([
    ['a peer word before the title', 'It was praised by his fellow broadcaster Nia Ashby.', true],
    ['another title joined by "and"', 'Singer and broadcaster Tomas Greer has died.', true],
    ['an adjective of a body', 'It was shown by the public broadcaster Kanal Nord.', false],
    ['a capitalised word before it', 'The Welsh broadcaster Kanal Nord said no.', false],
    ['a noun that is no title', 'She joined the magazine Harbour Weekly.', false],
  ])('%s', (_label, text, expected) => {
    const [paragraph] = tokenizedParagraphs([text]);
    const k = paragraph!.tokens.findIndex((t) => t.lower === 'broadcaster' || t.lower === 'magazine');
    expect(isPersonRoleBeforeName(paragraph!.tokens, k)).toBe(expected);
  });
});

describe('a name after a shared title is a person', () => {
  test.each<[string, string, string, string]>([
    ['after "fellow broadcaster"', 'The show was hailed by his friend and fellow broadcaster Nia Ashby.', 'Nia Ashby', 'person'],
    ['after "comedian and broadcaster"', 'Comedian and broadcaster Tomas Greer has died aged 88.', 'Tomas Greer', 'person'],
    ['after "public broadcaster"', 'The match was shown by public broadcaster Kanal Nord on Sunday.', 'Kanal Nord', 'organization'],
  ])('%s', (_label, text, name, kind) => {
    expect(actorsOfParagraphs(text).find((a) => a.name === name)?.kind).toBe(kind);
  });
});
