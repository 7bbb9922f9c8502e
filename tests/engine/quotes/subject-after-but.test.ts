/**
 * "Police claimed he led the gang but his lawyer, Ann Roe, told reporters it was absurd and added: “…”": a verb after
 * "and" coordinated with a verb of saying in a clause that "but" opens shares that verb's subject, not the subject
 * that opens the sentence (issue 13, round 37). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('subjectAfterBut', () => {
  test.each<[string, string, string | null]>([
    ['a body opens the sentence, a lawyer set off after "but"', 'US Customs claimed Ms Hale was one of the leaders but her lawyer, Ian Cole, told reporters it was a silly idea and added: "She was at home all night."', 'Ian Cole'],
    ['a body opens the sentence, a named person after "but"', 'Harbour Bank said profits rose but Ian Cole said costs were high and added: "We are cautious."', 'Ian Cole'],
    ['a person opens the sentence, a pronoun after "but"', 'Ann Roe met the board.\nThe board said the plan was fine but she told the press it was flawed and added: "It will fail."', 'Ann Roe'],
    ['"but" joins two adjectives: the sentence subject stays', 'Ann Roe said the plan was cheap but slow and added: "We will see."', 'Ann Roe'],
    ['"but" opens a clause without a verb of saying: the sentence subject stays', 'Harbour Bank said profits rose but costs were high and added: "We are cautious."', 'Harbour Bank'],
  ])('%s', (_label, article, speaker) => {
    const quotes = quotesOfLines(article);
    expect(quotes.at(-1)?.speaker ?? null).toBe(speaker);
  });
});
