/**
 * Quotation marks that quote nobody (drop-set-off-phrases.ts): scare words, labels, terms, foreign words with a gloss,
 * told from the span's shape and the words around it; and what stays a quotation.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/engine/analyze-article.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/index.ts';
import { holdsSpokenQuote, isPlainSetOffPhrase, isSetOffPhrase, isSpokenQuote } from '../../../src/engine/quotes/drop-set-off-phrases.ts';

/** The first quotation of a sentence, read as the engine reads it. */
const firstSpan = (text: string) => findQuoteSpans(text)[0]!;

/** Speakers (display names) of an article of blank-line paragraphs, analysed as a whole. */
function speakers(text: string): [string, string | null][] {
  const paragraphs = text.split(/\n\n/).map((t, index) => ({ index, line: index + 1, text: t }));
  const { actors, quotes } = analyzeArticle({ paragraphs });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return quotes.map((q) => [q.text, q.speaker === null ? null : (names.get(q.speaker) ?? null)]);
}

describe('isSetOffPhrase', () => {
  test.each([
    ['after so-called', 'The council backed the so-called “reform” on Monday.'],
    ['a capitalised label after so-called', 'One of the so-called “Harbour Seven” was freed in May.'],
    ['after known as', 'The tunnels, known as “the warren”, were closed last year.'],
    ['after the term', 'Economists have coined the term “shrinkflation” for smaller packets.'],
    ['after the word', 'The shirts bore the word “Liberty” in red letters.'],
    ['a foreign word with a lower-case gloss', 'Villagers rebuilt the road together, a custom called locally “tequio” (communal labour).'],
    ['a foreign phrase with a gloss after a comma', 'Farmers spoke of “pachamama”, (mother earth) at the rally.'],
    ['one word after the', 'The “temporary” closure has now lasted six years.'],
    ['one word after their', 'Both parties have been losing their “base” for a decade.'],
    ['one word after another', 'Another “contentious” film was left out of the shortlist.'],
    ['one hyphenated word after a', 'The firm launched a “self-service” counter in its Leeds branch.'],
  ])('%s is set off', (_label, text) => {
    expect(isSetOffPhrase(text, firstSpan(text))).toBe(true);
  });

  test.each([
    ['a claim after a copula, said by someone', 'Ann Roe said the scheme was a “disaster” for the town.', false],
    ['a word after a verb of naming', 'Moscow has called the price cap “illegitimate” again.', false],
    ['a word after a verb of naming and its object', 'Dr Lee called the result an “extraordinary” one.', false],
    ['a word right after a verb of saying and a determiner', 'The mayor said the “phony” claims would be ignored.', false],
    ['a word a few words after a verb of saying', 'The ministry warned about the “futility” of new talks.', false],
    ['"that" opening a reported clause is no determiner', 'The governor said on radio that “thousands” could lose power.', false],
    ['a possessor before the word', 'The coach praised his side’s “character” after the draw.', false],
    ['a judgement of two words', 'Critics said the ruling placed a “heavy burden” on tenants.', false],
    ['a whole sentence after so-called is too long', 'They mocked the so-called “we will build a thousand homes every single year from now on” pledge.', false],
    ['a gloss that names a language', 'He said the minister had “white hands” (Arabic for an honest man).', false],
    ['a comment in parentheses, not a gloss', 'Nadia Osei said the rules were “too strict” (in her view) for small firms.', false],
    ['a gloss that is a link’s language code', 'Maróth said the army had been “disarmed” (hu) for years.', false],
    ['a capitalised gloss is a title’s, not this rule’s', 'She sang “Ilha Verde” (Green Island) at the end.', false],
    ['a quote left open', 'The minister said the “temporary', false],
  ])('%s is not set off', (_label, text, expected) => {
    expect(isSetOffPhrase(text, firstSpan(text))).toBe(expected);
  });

  test.each([
    ['after a copula', 'The launch was a “success” by most measures.', true],
    ['after a verb of naming', 'What they described as a “guaranteed” fund collapsed.', false],
    ['after "declared"', 'Police declared a “major” incident at noon.', false],
    ['a bare word with no verb of saying before it', 'Airlines are moving cabin staff “offshore” to cut costs.', true],
    ['a bare word after a verb of naming', 'The board has repeatedly called the levy “unlawful” in court.', false],
    ['a bare word after a verb of saying', 'If a partner says “stop” the game ends.', false],
    ['a capitalised bare word', 'Fans chanted for “Spike” all night.', false],
    ['a bare word in a sentence of reported speech', 'A bishop said that jailing people without any trial was “wrong”.', false],
    ['a bare word before a verb of saying', 'The new tax on boats is “absurd”, a harbour official has said.', false],
    ['a bare word after a verb of perceiving', 'Neighbours heard that the flats, built in the sixties, were “unsafe”.', false],
  ])('a word nobody was found to say, %s', (_label, text, expected) => {
    expect(isSetOffPhrase(text, firstSpan(text), true)).toBe(expected);
  });
});

describe('isPlainSetOffPhrase', () => {
  test.each([
    ['a lower-case scare word', 'The “temporary” closure went on.', true],
    ['a capitalised label stays until after attribution', 'One of the so-called “Harbour Seven” was freed.', false],
    ['a quotation of someone', '“We will win,” Ann Roe said.', false],
    ['a bare word stays until attribution has had its say', 'Airlines are moving cabin staff “offshore” to cut costs.', false],
  ])('%s', (_label, text, expected) => {
    expect(isPlainSetOffPhrase(text, firstSpan(text))).toBe(expected);
  });
});

describe('isSpokenQuote and holdsSpokenQuote', () => {
  test.each([
    ['a title after a noun of a work', 'He made the documentary “Rivers at Risk” in 2019.', false],
    ['a scare word', 'The “temporary” closure went on.', false],
    ['a quotation', 'She said the plan was “a mess from start to finish”.', true],
  ])('%s', (_label, text, spoken) => {
    const paragraph = { text, quotes: findQuoteSpans(text) };
    expect(isSpokenQuote(paragraph, 0)).toBe(spoken);
    expect(holdsSpokenQuote(paragraph)).toBe(spoken);
  });
});

describe('analyzeArticle', () => {
  test.each([
    ['a scare word', 'Title\n\nThe council kept the “temporary” car park open.\n\nMayor Ann Roe spoke at the opening.\n\n“It is a good day for the town,” she said.', [['It is a good day for the town,', 'Ann Roe']]],
    ['a label in the paragraph before a quote line', 'Title\n\nMr Tom Hale wrote about the so-called “quiet years” of the port.\n\n“We lost a generation of sailors.”', [['We lost a generation of sailors.', 'Tom Hale']]],
    ['a title in the paragraph before a quote line', 'Title\n\nMs Ada Obi gave the pupils tablets, the theme of her documentary “Open Doors”.\n\n“Every child should have one.”', [['Every child should have one.', 'Ada Obi']]],
    ['a foreign word with a gloss', 'Title\n\nNeighbours rebuilt the school in a spirit of “harambee” (pulling together).\n\nHead teacher Grace Wanjiru said: “We did it in a month.”', [['We did it in a month.', 'Grace Wanjiru']]],
    ['a title in the narrative line between two quote lines', 'Title\n\n“We grew every year,” said Ana Ruiz.\n\nThe sessions were the theme of the documentary “Open Doors”.\n\n“Young people came first.”', [['We grew every year,', 'Ana Ruiz'], ['Young people came first.', 'Ana Ruiz']]],
    ['a bare scare word in narration', 'Title\n\nThe airline moved its cabin crews “offshore” last year.\n\nUnion leader Omar Said spoke at the depot.\n\n“Nobody asked us,” he said.', [['Nobody asked us,', 'Omar Said']]],
    ['a judgement someone made stays', 'Title\n\nAnn Roe said the scheme was a “disaster” for the town.', [['disaster', 'Ann Roe']]],
  ])('lists no quote for %s and keeps the speakers of the others', (_label, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
