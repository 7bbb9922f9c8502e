import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { findActors } from '../../../src/engine/actors/index.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/index.ts';

const actorsOf = (text: string) => findActors([tokenizeText(0, text, findQuoteSpans(text))]).actors.map((a) => a.name);

describe('a capital letter without a point between a given name and a surname is a middle initial (issue 13, round 37j)', () => {
  test.each([
    ['Harold A Pemberley, finance director of Tolland Mills, said the plan was "sound".', 'Harold A Pemberley'],
    ['Martha I Okonjo, chief nurse at the Grange Hospital, said the ward was full.', 'Martha I Okonjo'],
    ['The review was led by Dennis A Farrow, who said costs had risen.', 'Dennis A Farrow'],
  ])('%j: the whole name is a person', (text, name) => {
    expect(actorsOf(text)).toContain(name);
  });

  test.each([
    ['Under Plan A Brenton would lose the seat, the report said.', 'Brenton'],
    ['In Group A Portugal beat the hosts.', 'A Portugal'],
    ['The party won in Ward A after a recount, said Rhian Caddick.', 'Ward A'],
  ])('%j: a letter after a common word is no initial (%s is no person)', (text, name) => {
    expect(actorsOf(text)).not.toContain(name);
  });
});
