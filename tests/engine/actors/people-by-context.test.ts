/**
 * People found by how the text writes about them, not by knowing their names (issue 13, round 14, the `names`
 * perturbation): people known by one word (Indonesian and Burmese names, nicknames, a surname the article never
 * gives in full) after a verb of saying that follows a quotation, with a post in apposition, after a role noun
 * before "said"; surnames opening with two particles ("de la Cruz", "van der Berg").
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const people = (text: string): string[] => actorsOfParagraphs(text).filter((a) => a.kind === 'person').map((a) => a.name);
const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('one-word names of people', () => {
  test.each([
    ['after "said" that follows a quotation', '“Rates will stay high this year,” said Wiryanto.', 'Wiryanto'],
    ['after "added" between commas', 'The rebuilding, added Nyunt, could take a decade.', 'Nyunt'],
    ['after "said" with a post in apposition', '“Exports are slowing,” said Darmadi, chief economist at Bank Sentral Raya.', 'Darmadi'],
    ['with a post in apposition before "said"', 'Kurniasih, an economist at Gadjah Institute, said the law was “badly drafted”.', 'Kurniasih'],
    ['with a title word and its body in apposition', 'Thurein, president of the Yangon Traders Union, said prices had doubled.', 'Thurein'],
    ['after a staff noun, before "said"', 'Crew member Bayu said the ship had “never been safer”.', 'Bayu'],
    ['after a role noun, before "said"', 'Local analyst Sutopo said the vote was close.', 'Sutopo'],
  ])('a person %s', (_label, text, name) => {
    expect(people(text)).toContain(name);
  });

  test.each([
    ['the listener of "told"', '“We are ready,” the coach told Wikinews.', 'Wikinews'],
    ['a word before a comma and a new clause', 'Officially, the monarch is allowed to suspend the assembly.', 'Officially'],
    ['a place before a role that starts the next clause', 'Speaking in Gateshead, the prime minister took questions.', 'Gateshead'],
    ['a newspaper before the subject of the next clause', 'Writing in the Northern Echo, the bishop, who was at the launch, said it was “fun”.', 'Echo'],
    ['a name reported in the clause of "said"', 'She said Mardani was wrong.', 'Mardani'],
  ])('no person from %s', (_label, text, name) => {
    expect(people(text)).not.toContain(name);
  });

  test('the quotes go to the one-word name', () => {
    const text = 'Rescue teams reached the village on Monday.\n\n“The bridge is gone,” said Aung Kyaw, a local official.\n\n“We need boats,” said Htet, a volunteer with the Red Cross.';
    expect(speakers(text)).toEqual(['Aung Kyaw', 'Htet']);
  });
});

describe('surnames with two particles', () => {
  test.each([
    ['in a full name', 'Marisol de la Fuente won the race.', 'Marisol de la Fuente'],
    ['in a full name after "said"', '“It was hard,” said Pieter van der Waal.', 'Pieter van der Waal'],
  ])('a person %s', (_label, text, name) => {
    expect(people(text)).toContain(name);
  });

  test('not after the head of a place', () => {
    expect(people('Crowds filled the Plaza de la Independencia on Sunday.')).toEqual([]);
  });

  test.each([
    ['after "said"', 'Marisol de la Fuente won the race.\n\n“I am tired,” said de la Fuente.'],
    ['after "said" and an honorific', 'Marisol de la Fuente won the race.\n\n“I am tired,” said Ms de la Fuente.'],
    ['before "said"', 'Marisol de la Fuente won the race.\n\n“I am tired,” de la Fuente said.'],
  ])('the quote goes to the full name: surname %s', (_label, text) => {
    expect(speakers(text)).toEqual(['Marisol de la Fuente']);
  });
});

describe('surnames that are also words of places, surnames opening with a joined particle', () => {
  test('an honorific and a place word name a person', () => {
    const text = 'The shadow minister, Park Min-seo, opened the debate.\n\nThe charity’s director, Nadia Farouk, said the hotels were full.\n\nAt the end Ms Park returned to the attack. “They have no plan,” she said.';
    expect(speakers(text)).toEqual(['Park Min-seo']);
  });

  test('a place word alone stays a place', () => {
    expect(people('They walked in Hyde Park on Sunday.')).toEqual([]);
  });

  test('a surname opening with "al-" in the middle of a sentence', () => {
    const text = 'President Tom Reed spoke first.\n\nHassan al-Rubaie led the march. It was the first time al-Rubaie spoke since he was pardoned by Reed. He said: “We will come back.”';
    expect(speakers(text)).toEqual(['Hassan al-Rubaie']);
  });
});

describe('one word, then "of" and a body, then a verb of saying', () => {
  test.each([
    ['an institute', 'Wiryanto of the Centre for Budget Studies said growth was “too slow”.', 'Wiryanto', 'Centre for Budget Studies'],
    ['a body with a lower-case head', 'Nyunt of the Mandalay regional assembly said the vote was “a farce”.', 'Nyunt', null],
    ['a title before the word', 'Chief Superintendent Darmadi of Java Coast Police said officers were “ready”.', 'Darmadi', 'Java Coast Police'],
  ])('the person speaks for %s', (_label, text, person, body) => {
    expect(speakers(text)).toEqual([person]);
    if (body) expect(actorsOfParagraphs(text).find((a) => a.name === body)?.kind).toBe('organization');
  });

  test.each([
    ['an organisation named "X of Y"', 'The Bank of Siam said rates were “too high”.', 'Bank of Siam'],
    ['a post in apposition', 'Others disagreed. Ruth Akande, Dean of Lagos Business School of Law called it “a silly idea”.', 'Ruth Akande'],
  ])('not for %s', (_label, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
