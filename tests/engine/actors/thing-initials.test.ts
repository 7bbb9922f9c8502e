import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).flatMap((a) => [a.name, ...a.aliases]);

describe('initials bracketed after the name of a law or document (stage 22)', () => {
  test.each([
    ['initials that do not spell the law they follow', 'Miners cited the Alaska Lands Access Act (ANLAX).\n\nThe ANLAX gives them a road, they said.', 'ANLAX'],
    ['initials of a law bracketed inside a quotation', '“The Upper Basin Water Claims Act (UBWCLA) was ignored,” said Ann Roe.\n\nRoe said the UBWCLA protects farmers.', 'UBWCLA'],
    ['a memorandum of understanding', 'The two ministries signed a Memorandum of Understanding (MOU) on Tuesday.\n\nUnder the MOU, officials will share data.', 'MOU'],
    ['an agreement with its initials', 'Both sides signed the Coastal Fisheries Agreement (CFA) in June.\n\nThe CFA ends next year.', 'CFA'],
    ['the memorandum itself', 'The agencies signed a Memorandum of Cooperation last week.', 'Memorandum of Cooperation'],
  ])('no actor for %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a body whose initials follow its name', 'The Federation of Small Traders (FST) met on Tuesday.\n\nThe FST said rents were too high.', 'FST'],
    ['a body named before a law it brackets nothing of', 'The Northern Water Authority (NWA) said the Clean Rivers Act would cost jobs.', 'NWA'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
