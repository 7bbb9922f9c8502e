import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { initialsOfWords } from '../../../src/engine/actors/22-merge-initialisms.ts';

const actors = (text: string): [string, string[]][] => actorsOf(text).filter((a) => a.kind === 'organization' || a.kind === 'outlet').map((a) => [a.name, [...a.aliases].sort()]);
const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('initialsOfWords', () => {
  test.each<[string, string[]]>([
    ['Royal College of Nursing', ['RCN', 'RCON']],
    ['Hillside Water Trust', ['HWT']],
    ['Department for Education', ['DE', 'DFE']],
    ['UK Border Agency', ['UKBA']],
  ])('%s', (name, initials) => {
    expect(initialsOfWords(name.split(' '))).toEqual(initials);
  });
});

describe('mergeInitialisms', () => {
  test.each<[string, string, [string, string[]][]]>([
    ['initials after the full name, no brackets', 'The Kestrel Valley Health Board warned of delays on Monday.\n\nThe KVHB said it had hired 40 nurses.', [['Kestrel Valley Health Board', ['KVHB']]]],
    ['initials with a connective skipped', 'The Federation of Small Traders met on Tuesday.\n\n“Rents are too high,” the FST said.', [['Federation of Small Traders', ['FST']]]],
    ['initials that keep the connective', 'The Ministry of Water Supply published figures.\n\nThe MOWS said 12 towns were affected.', [['Ministry of Water Supply', ['MOWS']]]],
  ])('merges %s', (_label, text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  test('names the initials by the one name of the text that they spell', () => {
    const text = 'Fans filled the ground for the final of the Coastal Amateur Netball League season.\n\n“We are proud of them,” the CANL said.';
    expect(actors(text)).toEqual([['Coastal Amateur Netball League', ['CANL']]]);
    expect(speakers(text)).toEqual(['Coastal Amateur Netball League']);
  });

  test.each([
    ['a law', 'Lawyers cited the Online Content Protection Act in court.\n\nThe OCPA allows take-down notices, the OCPA says.'],
    ['a system', 'Ships must carry the Vessel Tracking Beacon System by law.\n\nThe VTBS sends a position every minute.'],
  ])('drops initials that spell %s', (_label, text) => {
    expect(actors(text).map(([name]) => name)).toEqual([]);
  });

  test.each([
    ['two names that the initials spell', 'The Northern Rail Company and the National Railway Council met.\n\nThe NRC said talks went well.', 'NRC'],
    ['initials the text spells nowhere', 'The ABC Group said profits rose.\n\nThe KLM deal was signed.', 'ABC Group'],
    ['initials spelling a system with a word for a body', 'Men must register with the Selective Draft Service System.\n\nThe SDSS said 2 million had signed up.', 'SDSS'],
    ['initials spelling a name with no word for a body', 'Messages went out via the Harbour Relay Chat software.\n\nThe HRC said nothing about the change.', 'HRC'],
  ])('leaves alone %s', (_label, text, name) => {
    expect(actors(text).map(([n]) => n)).toContain(name);
  });
});
