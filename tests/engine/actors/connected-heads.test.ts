/**
 * Round 18 (13bh): bodies named with a connector after a head that alone is no organisation's ("National Conference of
 * Mayors", "Campaign for Cleaner Rivers") or named by their purpose after "to" ("Committee to Protect Reporters") are
 * one organisation, not a title and a person. Rows that must stay apart: a committee sent to a place, a conference held
 * in a city, a campaign for a person.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs } from '../../support/engine-stages.ts';

const actors = (text: string): string[] => actorsOfParagraphs(text).map((a) => `${a.name}|${a.kind}`);

describe('bodies named across a connector', () => {
  test.each([
    ['a conference of officials', 'The National Conference of Harbour Masters said the rules were unclear.', 'National Conference of Harbour Masters|organization'],
    ['a campaign for a cause', 'According to the Campaign for Cleaner Rivers, sewage spills doubled last year.', 'Campaign for Cleaner Rivers|organization'],
    ['a hotline for workers', 'A spokeswoman for the Hotline for Farm Workers said 40 people had called.', 'Hotline for Farm Workers|organization'],
    ['a committee named by its purpose', 'The Committee to Protect Reporters said two journalists were held.', 'Committee to Protect Reporters|organization'],
    ['a network named by its purpose', 'Data from the Network to Count Street Attacks showed a rise.', 'Network to Count Street Attacks|organization'],
  ])('%s', (_label, text, actor) => {
    expect(actors(text)).toContain(actor);
  });

  test.each([
    ['a committee sent to a place', 'The party sent its Committee to London on Friday, Ann Price said.', 'Ann Price|person'],
    ['a campaign for a person', 'Volunteers ran the campaign for Maria Lopez in the spring.', 'Maria Lopez|person'],
  ])('keeps apart %s', (_label, text, actor) => {
    expect(actors(text)).toContain(actor);
  });
});
