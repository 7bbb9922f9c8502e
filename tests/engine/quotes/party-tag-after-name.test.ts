/**
 * A US legislator's party-and-state tag in brackets after the name is part of the person's mention (issue 13,
 * round 17): the person speaks however the sentence goes on ("NAME (D-Md.) of ORG said", "NAME (R-Texas), ORG
 * said", "said ORG Vice President NAME (D-N.Y.)."), and a tag with two initials ("D-N.Y.") ends no sentence.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { partyTagClose } from '../../../src/engine/quotes/party-tag-after-name.ts';
import type { Mention } from '../../../src/engine/actors/index.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a party-and-state tag after a speaker’s name', () => {
  test.each([
    ['"of" and a body after the tag', 'Senator Ada Voss (D-Md.) of the Finance Committee said the bill was “dead on arrival”.', 'Ada Voss'],
    ['a body after a comma', 'Lena Ortiz (R-Texas), Gulf Ranchers Association said: “We will sue.”', 'Lena Ortiz'],
    ['an appositive with a body', 'Rep. Cal Dunmore (I-Vt.), a member of the Harbour Caucus, said: “The vote is a scandal.”', 'Cal Dunmore'],
    ['a tag with two initials', 'Rep. Nora Hale (D-N.Y.) of the Budget Committee told reporters: “This is theft.”', 'Nora Hale'],
    ['a county of two words', 'State Senator Ruth Amos (D-Prince George’s) of the Transit Board said: “Buses come first.”', 'Ruth Amos'],
    ['a body and a post before the name, after the verb', '“We welcome the ruling,” said Farm League Vice President Omar Reyes (R-Ohio).', 'Omar Reyes'],
    ['a post "of the" a body before the name, after the verb', '“Red tape costs jobs,” said Administrator of the Coastal Protection Agency Lena Zoldan (D-Md.).', 'Lena Zoldan'],
    ['a post "of" a portfolio before the name, after the verb', '“Roads come first,” said Secretary of Transport Kim Abara (R-Ohio).', 'Kim Abara'],
    ['an acronym and a post before the name, then the next quote', '“The law is clear,” said Acting FDA Director Ivy Marsh (R-Fla.). “We act today.”', 'Ivy Marsh'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(new Set(speakers(text))).toEqual(new Set([name]));
  });

  test.each([
    ['a body alone after the verb', '“We object,” said the Teachers Union (D-Md.) on Monday.'],
    ['an abbreviation that is no party tag', '“We object,” said Ann Roe (WHO) of Geneva.'],
  ])('no tag is read in %s', (_label, text) => {
    const tokens = tokenizeText(0, text, []).tokens;
    const mention = { paragraph: 0, first: 4, last: 5, actor: 'a', kind: 'person', inQuote: false, via: 'name' } as Mention;
    expect(partyTagClose(tokens, mention)).toBeUndefined();
  });

  test.each([
    ['"D-N.Y."', 'Rep. Nora Hale (D-N.Y.) spoke. Then she left.', 2],
    ['"R-S.C."', 'Sen. Abe Lott (R-S.C.) spoke. Then he left.', 2],
    ['a hyphenated word ending a sentence', 'He named it Plan-B. Then he left.', 2],
  ])('a tag with %s ends no sentence', (_label, text, sentences) => {
    expect(tokenizeText(0, text, []).sentenceStarts.length).toBe(sentences);
  });

  test('the tag’s closing bracket is found after the name', () => {
    const tokens = tokenizeText(0, 'Ann Moss (D-Md.) of Acme said.', []).tokens;
    const mention = { paragraph: 0, first: 0, last: 1, actor: 'a', kind: 'person', inQuote: false, via: 'name' } as Mention;
    expect(tokens[partyTagClose(tokens, mention)!]!.text).toBe(')');
  });
});
