/**
 * Rewrite `inversion` of `npm run perturb` (src/cli/perturb/inversion.ts): simple attribution sentences turned round
 * both ways; the words of every quotation and who said what unchanged.
 */
import { describe, expect, test } from 'vitest';
import { invertAttributions } from '../../../src/cli/perturb/inversion.ts';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('invertAttributions', () => {
  test.each<[string, string, string]>([
    ['name first to quote first', 'Amara Diallo said: “The road is closed.”', '“The road is closed,” Amara Diallo said.'],
    ['quote first to name first', '“The road is closed,” said Amara Diallo.', 'Amara Diallo said: “The road is closed.”'],
    ['a question mark stays', 'He said: "Who pays for it?" Nobody knew.', '"Who pays for it?" he said. Nobody knew.'],
    ['a determiner goes to lower case after the quote', 'The Home Office said: "We will appeal."', '"We will appeal," the Home Office said.'],
    ['an unnamed speaker moves to the front with a capital', '"We will appeal," said a spokeswoman.', 'A spokeswoman said: "We will appeal."'],
    ['a role before the name', 'Union leader Siosaia Taufa added: “It is a good offer.”', '“It is a good offer,” Union leader Siosaia Taufa added.'],
    ['an aside keeps its closing comma', '“We were not told,” said Rahul Mehta, a parent at the school.', 'Rahul Mehta, a parent at the school, said: “We were not told.”'],
    ['an aside between commas moves whole', 'Lucía Pardo, a nurse, said: “Beds are full.”', '“Beds are full,” Lucía Pardo, a nurse, said.'],
    ['two turns in one paragraph', 'She added: “A.” “B,” said Ann Lee.', '“A,” she added. Ann Lee said: “B.”'],
    ['a sentence opener is no subject', 'But Roe said: “No.” Asked why, he said: “Cost.”', 'But Roe said: “No.” Asked why, he said: “Cost.”'],
    ['a quote right after stays where it is', '“Yes,” said Ann Lee. “We won.”', '“Yes,” said Ann Lee. “We won.”'],
    ['a title\'s full stop ends no sentence', '“Yes,” said Dr. Ann Lee, a surgeon. “No,” said Dr. Tevita Lolo.', '“Yes,” said Dr. Ann Lee, a surgeon. Dr. Tevita Lolo said: “No.”'],
    ['a subject that runs over a sentence end stays', '“Yes,” said the chair, Luis Romero. The board agreed.', 'The chair, Luis Romero, said: “Yes.” The board agreed.'],
    ['quote, subject, verb to subject first', '“We lost,” she said. Fans left early.\n“It hurts,” Coach Ivo Banda, 51, added.', 'She said: “We lost.” Fans left early.\nCoach Ivo Banda, 51, added: “It hurts.”'],
    ['a sentence turned once is not turned back', 'He said: “Go.”', '“Go,” he said.'],
    ['a continued quotation in the next paragraph stays', '“We are tired.\n“We want to go home,” said Ann Lee.', '“We are tired.\n“We want to go home,” said Ann Lee.'],
  ])('%s', (_name, text, expected) => {
    expect(invertAttributions(text)).toBe(expected);
  });

  const article = 'Flood waters reached the town on Sunday.\n“We lost everything,” said shop owner Mele Fifita.\nMayor Ivan Petrov said: “Help is on its way.”\n“The river rose in an hour,” said a fire officer.';
  test('every quote keeps its speaker', () => {
    const speakers = (text: string) => quotesOfLines(text).map((q) => [q.text.replace(/[.,]$/, ''), q.speaker]);
    expect(invertAttributions(article)).not.toBe(article);
    expect(speakers(invertAttributions(article))).toEqual(speakers(article));
  });
});
