/**
 * "Mr Roe's daughter Ann said it would …": a single capitalised word right after a noun for a member of a family
 * names a person, not an organisation that calls itself "it" (issue 13, round 42f). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { isNamedAfterFamilyNoun } from '../../../src/engine/actors/family-noun-before-name.ts';
import { analyzeArticle } from '../../../src/engine/analyze-article.ts';
import { actorsOfParagraphs, tokenizedParagraphs } from '../../support/engine-stages.ts';

describe('isNamedAfterFamilyNoun', () => {
  test.each<[string, string, string, boolean]>([
    ['after a possessive with an apostrophe alone', "Mr Hollis' daughter Petra said it would work.", 'Petra', true],
    ['after a possessive pronoun', 'His husband Ravi said it was over.', 'Ravi', true],
    ['with no possessive', 'She moved there with son Tobin in May.', 'Tobin', true],
    ['after "its"', 'The mill and its sister Harbourline said it would close.', 'Harbourline', false],
    ['after a noun that is no family noun', 'The firm Harbourline said it would close.', 'Harbourline', false],
    ['after a capitalised family word', 'Then Mother Petra said it would work.', 'Petra', false],
  ])('%s', (_label, text, name, expected) => {
    const [paragraph] = tokenizedParagraphs([text]);
    const k = paragraph!.tokens.findIndex((t) => t.text === name);
    expect(isNamedAfterFamilyNoun(paragraph!.tokens, k)).toBe(expected);
  });
});

describe('a one-word name after a family noun is a person', () => {
  test.each<[string, string, string, string]>([
    ['that "said it" would make a body', "Mr Hollis' daughter Petra said it would be a big step.", 'Petra', 'person'],
    ['after "’s" and the noun', "Dr Lund's wife Marit said it was a shock.", 'Marit', 'person'],
    ['a body that says "it"', 'Harbourline said it would close the mill.', 'Harbourline', 'organization'],
  ])('%s', (_label, text, name, kind) => {
    expect(actorsOfParagraphs(text).find((a) => a.name === name)?.kind).toBe(kind);
  });
});

describe('the quote after the daughter goes to her', () => {
  test('a "she said" quote after the sentence naming her', () => {
    const texts = ['Ann Kessel opened the fair on Friday.', "Mr Hollis' daughter Petra said it would be a big step. \"It might really work,\" she said."];
    const analysis = analyzeArticle({ paragraphs: texts.map((text, index) => ({ index, line: index + 1, text })) });
    const speaker = analysis.quotes.find((q) => q.text.startsWith('It might'))?.speaker;
    expect(analysis.actors.find((a) => a.id === speaker)?.name).toBe('Petra');
  });
});
