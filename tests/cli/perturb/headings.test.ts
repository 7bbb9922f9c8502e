/**
 * Rewrite `headings` of `npm run perturb` (src/cli/perturb/headings.ts): an attribution sentence with a named
 * speaker, alone in its paragraph, becomes a heading line naming the speaker over the quotation.
 */
import { describe, expect, test } from 'vitest';
import { toHeadings } from '../../../src/cli/perturb/headings.ts';

describe('toHeadings', () => {
  test.each<[string, string, string]>([
    ['said NAME after the quote', 'Title\n\n“The road is closed,” said Amara Diallo.', 'Title\n\nAmara Diallo\n\n“The road is closed.”'],
    ['NAME said after the quote', 'Title\n\n“The road is closed,” Amara Diallo said.', 'Title\n\nAmara Diallo\n\n“The road is closed.”'],
    ['NAME said: before the quote', 'Title\n\nAmara Diallo said: “The road is closed.”', 'Title\n\nAmara Diallo\n\n“The road is closed.”'],
    ['a title-case aside stays in the heading', 'Title\n\n“We back her,” said Ann Roe, Chair of the Water Board.', 'Title\n\nAnn Roe, Chair of the Water Board\n\n“We back her.”'],
    ['a question mark stays', 'Title\n\n“Who pays?” said Ann Roe.', 'Title\n\nAnn Roe\n\n“Who pays?”'],
    ['single line breaks stay single', 'Title\n“Yes,” said Ann Roe.', 'Title\nAnn Roe\n“Yes.”'],
    ['a pronoun is no name', 'Title\n\n“Yes,” he said.', 'Title\n\n“Yes,” he said.'],
    ['a lower-case aside is left alone', 'Title\n\n“Yes,” said Ann Roe, a nurse.', 'Title\n\n“Yes,” said Ann Roe, a nurse.'],
    ['a sentence opener is no name', 'Title\n\nBut Ann Roe said: “No.”', 'Title\n\nBut Ann Roe said: “No.”'],
    ['more than the one sentence is left alone', 'Title\n\n“Yes,” said Ann Roe. She left.', 'Title\n\n“Yes,” said Ann Roe. She left.'],
    ['the headline is left alone', '“Yes,” said Ann Roe.', '“Yes,” said Ann Roe.'],
    ['after a paragraph that is only a quotation it stays', 'Title\n\n“We are tired.”\n\n“We want to go home,” said Ann Lee.', 'Title\n\n“We are tired.”\n\n“We want to go home,” said Ann Lee.'],
    ['a continued quotation stays', 'Title\n\n“We are tired.\n\n“We want to go home,” said Ann Lee.', 'Title\n\n“We are tired.\n\n“We want to go home,” said Ann Lee.'],
  ])('%s', (_name, text, expected) => {
    expect(toHeadings(text)).toBe(expected);
  });
});
