/**
 * reportingBodyOfUnintroducedDocument (cues/unintroduced-document.ts, hooked in subjectBefore): "The report said:"
 * where the article never introduced the report gives the words to the body whose findings the sentences right
 * before report, past sentences whose subject is "It". News-shaped sentences written for these tests; rows with null
 * show where nobody may be given the words.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('reportingBodyOfUnintroducedDocument: an unintroduced "The report said" is the reporting body\'s', () => {
  test.each<[string, string, [string, string | null, string | undefined][]]>([
    ['past two sentences whose subject is "It"', 'Fares clampdown urged\n\nThe Harbour Audit Board said fares had risen too fast. It also criticised the ferry operators. It said ministers should act. The report said: "Passengers are paying for years of poor planning."', [['Passengers are paying for years of poor planning.', 'Harbour Audit Board', 'unintroduced-document-to-reporting-body']]],
    ['the body opens the sentence right before', 'Fares clampdown urged\n\nThe Harbour Audit Board urged ministers to cap fares. The statement said: "Costs have doubled in five years."', [['Costs have doubled in five years.', 'Harbour Audit Board', 'unintroduced-document-to-reporting-body']]],
    ['the body closes the paragraph before', 'Fares clampdown urged\n\nThe Harbour Audit Board urged ministers to cap fares.\n\nThe report said: "Costs have doubled in five years."', [['Costs have doubled in five years.', 'Harbour Audit Board', 'unintroduced-document-to-reporting-body']]],
    ['"to report" as a verb earlier introduces no report', 'Ferry firms are failing to report delays, a watchdog has said.\n\nThe Harbour Audit Board urged ministers to act. The report said: "Delays are hidden from passengers."', [['Delays are hidden from passengers.', 'Harbour Audit Board', 'unintroduced-document-to-reporting-body']]],
    ['nobody when a person opens the sentence before', 'Fares clampdown urged\n\nThe Harbour Audit Board met on Monday. Ann Roe urged ministers to cap fares. The report said: "Costs have doubled in five years."', [['Costs have doubled in five years.', null, undefined]]],
    ['nobody when a pronoun for a person opens the sentence before', 'Fares clampdown urged\n\nAnn Roe joined the Harbour Audit Board in May. She urged ministers to cap fares. The report said: "Costs have doubled in five years."', [['Costs have doubled in five years.', null, undefined]]],
    ['nobody when a clause opens the sentence before', 'Fares clampdown urged\n\nThe Harbour Audit Board met on Monday. After the meeting, ministers promised a review. The report said: "Costs have doubled in five years."', [['Costs have doubled in five years.', null, undefined]]],
    ['nobody for a report introduced without an owner', 'Fares clampdown urged\n\nA report on ferry fares appeared on Monday. The Harbour Audit Board urged ministers to cap fares. The report said: "Costs have doubled in five years."', [['Costs have doubled in five years.', null, undefined]]],
    ['nobody when "the report" does not open its sentence', 'Fares clampdown urged\n\nThe Harbour Audit Board urged ministers to cap fares. But as the report said: "Costs have doubled in five years."', [['Costs have doubled in five years.', null, undefined]]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker, q.resolution])).toEqual(expected);
  });
});
