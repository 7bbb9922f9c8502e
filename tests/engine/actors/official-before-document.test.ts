/**
 * "official" before a document noun is an adjective ("Harbour Wrestling's official statement read “…”", "the club's
 * official report said"): no anonymous official is found there, so the document speaks for its owner. "official" as a
 * noun ("an official at the trust said", "officials said") is still a source. The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakers = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('findAnonymousSources with "official" before a document', () => {
  test.each<[string, string, Row[]]>([
    ['a possessed official statement read', 'Harbour Wrestling\'s official statement read "We are sorry to report this news."', [['We are sorry to report this news.', 'Harbour Wrestling']]],
    ['a possessed official report with a partial quote', 'The Norwick Water Board\'s official report said there was "no evidence" of fraud.', [['no evidence', 'Norwick Water Board']]],
    ['a time word between the document and its verb', 'The Harbour Trust\'s official statement yesterday said "The manager has left the club."', [['The manager has left the club.', 'Harbour Trust']]],
  ])('the document speaks for its owner: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test.each<[string, string, string]>([
    ['an official of a body', 'An official at the Harbour Trust said the plan was "dead in the water".', 'official at the Harbour Trust'],
    ['a body\'s officials', 'Harbour Trust officials said the plan was "dead in the water".', 'Harbour Trust officials'],
  ])('"official" as a noun is still a source: %s', (_name, text, source) => {
    expect(speakers(text)[0]?.[1]).toBe(source);
  });
});
