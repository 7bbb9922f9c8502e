/**
 * Documents named after a quote (cues/document-phrases.ts possessedDocumentEnding, hooked in subjectAfter; the
 * `documents` nouns of speech-verbs.json): "“…,” reads Judge Roe's statement" gives the words to the document's
 * owner, as "Judge Roe's statement read" does; "“…,” read the warning" after "the warning issued by ORG" gives them
 * to ORG. News-shaped sentences written for these tests; rows with null show where no owner may be given the words.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('"“…,” reads NAME\'s statement": the possessor of a document after the verb speaks', () => {
  test.each<[string, string, [string, string | null][]]>([
    ['a judge\'s statement, split around the verb', 'Judge Ann Roe struck down the rule on Friday.\n\n"The old rules no longer hold," reads Judge Roe\'s statement, "and the draft must change."', [['The old rules no longer hold,', 'Ann Roe'], ['and the draft must change.', 'Ann Roe']]],
    ['a body\'s latest report, a modifier before the noun', 'The Harbour Trust met on Monday.\n\n"The pier is beyond repair," said the Harbour Trust\'s latest report.', [['The pier is beyond repair,', 'Harbour Trust']]],
    ['a person\'s lawyer is no document: nobody here', 'Ana Cole lost the case on Friday.\n\n"We will appeal," said Cole\'s lawyer.', [['We will appeal,', null]]],
    ['a document with more words after it is left alone', 'Ana Cole lost the case on Friday.\n\n"We will appeal," said Cole\'s statement to the Harbour Trust board.', [['We will appeal,', null]]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});

describe('a warning is a document: its issuer speaks through it', () => {
  test.each<[string, string, [string, string | null][]]>([
    ['"read the warning" after "the warning issued by ORG"', 'Storm Alma reached the coast.\n\nThe red warning issued by the Harbour Weather Service covers four counties. "Gusts will reach 90 mph in exposed places," read the warning.', [['Gusts will reach 90 mph in exposed places,', 'Harbour Weather Service']]],
    ['"the warning said" after "ORG issued a warning"', 'Storm Alma reached the coast.\n\nThe Harbour Weather Service issued a warning on Monday. The warning said rivers could "burst their banks overnight".', [['burst their banks overnight', 'Harbour Weather Service']]],
    ['a warning with no owner named before is no one', 'Storm Alma reached the coast.\n\n"Stay indoors," read the warning.', [['Stay indoors,', null]]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});

describe('afterCoAgents: a document put out jointly ends an inverted attribution as its first agent\'s words', () => {
  test.each<[string, string, [string, string | null][]]>([
    ['two bodies with their short forms after "published by"', 'Flood rules changed on Monday.\n\nOwners may use "sandbags at hand" in a flood, said the leaflet published by the Harbour Trust (HT) and the Association of Port Owners (APO).', [['sandbags at hand', 'Harbour Trust']]],
    ['one body with its short form', 'Flood rules changed on Monday.\n\nOwners may use "sandbags at hand" in a flood, said the booklet issued by the Harbour Trust (HT).', [['sandbags at hand', 'Harbour Trust']]],
    ['a joint agent of another kind is no co-author: nobody', 'Flood rules changed on Monday.\n\nOwners may use "sandbags at hand" in a flood, said the leaflet published by the Harbour Trust and Ann Roe of Leeds.', [['sandbags at hand', null]]],
    ['two speakers without "by" are not joined: nobody', 'Flood rules changed on Monday.\n\nOwners may use "sandbags at hand" in a flood, said Ann Roe (HT) and Jo Hale.', [['sandbags at hand', null]]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});
