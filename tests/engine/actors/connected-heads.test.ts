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

describe('two bodies joined by "and", each opening with a head and "of"/"for"', () => {
  test.each([
    ['a university and a center', 'Researchers at the University of Leeds and Center for Marine Studies said the birds were starving.', ['University of Leeds', 'Center for Marine Studies']],
    ['two centers', 'The Center for River Safety and Center for Clean Farms filed the suit on Monday.', ['Center for River Safety', 'Center for Clean Farms']],
  ])('splits %s', (_label, text, names) => {
    const found = actorsOfParagraphs(text).map((a) => a.name);
    for (const n of names) expect(found).toContain(n);
  });

  test.each([
    ['a department with "and" inside', 'The Department of Health and Human Services said the rule would change.', 'Department of Health and Human Services'],
    ['an institute with "and" inside', 'The Institute of Electrical and Electronics Engineers said the standard was ready.', 'Institute of Electrical and Electronics Engineers'],
  ])('keeps whole %s', (_label, text, name) => {
    expect(actorsOfParagraphs(text).map((a) => a.name)).toContain(name);
  });
});
