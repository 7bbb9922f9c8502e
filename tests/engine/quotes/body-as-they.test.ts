/**
 * "they" opening a sentence right after one whose only actor is a body that is its subject stands for that body
 * ("The Harbour Trust criticised the plan. They released a statement which said, “…”"; issue 13, round 50). Without
 * such a sentence right before, "they" stands only for groups and plural unnamed speakers, as before.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('"they" for the body that is the subject before', () => {
  test.each([
    ['a statement after a time phrase', 'This Friday the Marlow Canal Society also objected to the scheme. They released a statement which said, "The towpath belongs to everyone."', ['Marlow Canal Society']],
    ['a bracketed short form and an adverb', 'The Coastal Ferry Alliance (CFA) again opposed the fares, arguing for a freeze. They said: "No family should pay more to cross the bay."', ['Coastal Ferry Alliance']],
    ['a time phrase of a preposition and a time noun', 'During the summer the Marlow Canal Society objected to the scheme. They said: "The towpath belongs to everyone."', ['Marlow Canal Society']],
    ['the sentence before ends the paragraph before', 'The Pennant Hill Residents Association wrote to the council in March.\n\nThey said: "Nobody asked us about the new road."', ['Pennant Hill Residents Association']],
  ])('the body: %s', (_label, text, names) => {
    expect(speakers(text)).toEqual(names);
  });

  test.each([
    ['the body is an object', 'Residents of Upper Hollow met the Marlow Canal Society on Monday. They said: "The towpath belongs to everyone."', [null]],
    ['a person named beside the body', 'The Marlow Canal Society and its chair Ann Velder opposed the scheme. They said: "The towpath belongs to everyone."', [null]],
    ['the body only owns the subject', "The Marlow Canal Society's volunteers cleared the towpath. They said: \"It took us a week.\"", [null]],
    ['"they" not opening its sentence', 'The Marlow Canal Society objected. After the vote they said: "The towpath belongs to everyone."', [null]],
  ])('nobody: %s', (_label, text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
