/**
 * "The backlash led Biden to express “…”", "…, prompting him to quip he was “…”" (issue 13, round 39d): the object of a
 * verb that made someone act is the subject of the "to"-infinitive of saying after it, and speaks. Sentences written
 * for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('object-led-to-speak: the one made to speak speaks', () => {
  test.each<[string, string, string | null, string | null]>([
    ['a full name after "led"', 'Criticism of the speech led Mark Hollis to admit “I went too far with that remark.”', 'Mark Hollis', 'object-led-to-speak'],
    ['a surname after "prompted", the person named before', 'Farmer Jane Doyle met the minister on Monday.\nThe decision prompted Doyle to say “we were never consulted at all.”', 'Jane Doyle', 'object-led-to-speak'],
    ['a pronoun, the person named in the sentence before', 'Singer Tom Weller collected the award on Sunday. The cheers prompted him to quip that he was “always the handsome one”.', 'Tom Weller', 'object-led-to-speak'],
    ['a pronoun after people named in its own sentence is unclear', 'Ann Roe and Mark Hollis handed the award to Tom Weller, prompting him to quip that he was “always the handsome one”.', null, null],
    ['an organisation after "forced"', 'The leak forced Acme Holdings to concede that the data was “badly protected”.', 'Acme Holdings', 'object-led-to-speak'],
    ['a verb of wishing tells of no deed', 'Ruth Calder asked Mark Hollis to say “sorry” to the staff.', 'Ruth Calder', 'name-said-partial-quote'],
  ])('%s', (_label, article, speaker, rule) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
    expect(quote?.rule ?? null).toBe(rule);
  });
});
