/**
 * A surname that is also a title word ("Champion", "Bishop", "Marshal") after a plain given name is a person's name when
 * a body owns the person ("says Acme Bank's Peter Bishop") or a noun for a person sets the name off ("her uncle, Rob
 * Champion, said"): the quote is that person's, not the body's (issue 13, round 28). So is a nationality word as the
 * surname ("said the Observer's Philip French", round 30), and so is one right after an honorific ("said Mr French", round
 * 32). A place with a title word after it ("the Kerala Governor", "India's Kerala Governor") stays a role. A law's head
 * word as the surname of a name after a party's ("For the Tories Dan Laws said", round 32) is a person's, while "the
 * Reform Laws" stays a law's name.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a title word as the surname of a given name', () => {
  test.each([
    ['owned by a bank', 'Shares in the airline slid on Tuesday.\n\n"The grounding was always going to hurt," says Halden Bank\'s Peter Bishop.', 'Peter Bishop'],
    ['owned by a broker', 'Oil prices rose again.\n\n"Supply remains tight," said Norwick Securities\' analyst, and "It will stay that way," added Norwick Securities\'s Ellen Marshal.', 'Ellen Marshal'],
    ['set off after a kinship noun', 'The trial ended on Monday.\n\nThe victim\'s uncle, Rob Champion, told reporters: "Justice has been done."', 'Rob Champion'],
    ['a nationality word, owned by a newspaper', 'Critics are split over the festival winner.\n\n"It is a brave choice, but the wrong one," said the Clarion\'s Martin English.', 'Martin English'],
    ['a nationality word, owned by a bank', 'The pound fell for a third day.\n\n"Traders have lost patience," says Halden Bank\'s Laura Welsh.', 'Laura Welsh'],
    ['a nationality word, set off after a kinship noun', 'The rescue took six hours.\n\nHer brother, Dan Irish, said: "We never gave up hope."', 'Dan Irish'],
    ['a law word, after a party named with "the"', 'The bill passed its second reading.\n\nFor the Tories Dan Laws said: "It will not work."', 'Dan Laws'],
    ['a law word, after a party\'s short name with "the"', 'The bill passed its second reading.\n\nFor the Lib Dems Mary Laws said: "We will oppose it."', 'Mary Laws'],
  ])('a person: %s', (_label, text, name) => {
    expect(speakers(text)).toContain(name);
  });

  test.each([
    ['after "Mr", inverted', 'Critics are split over the winner.\n\n"It is a brave choice," said the Clarion\'s Martin English.\n\nOthers disagreed. "The other film will win," said Mr English.', 'The other film will win,', 'Martin English'],
    ['after "Ms", before the verb', 'The pound fell again.\n\n"Traders have lost patience," says Halden Bank\'s Laura Welsh.\n\nMs Welsh added: "Nobody expected this."', 'Nobody expected this.', 'Laura Welsh'],
  ])('a nationality word after an honorific is the surname: %s', (_label, text, quote, name) => {
    const found = quotesOfTexts(byBlankLines(text)).find((q) => q.text === quote);
    expect(found?.speaker).toBe(name);
  });

  test.each([
    ['a region and a title', 'Flood waters rose in the south.\n\n"We need help now," said India\'s Kerala Governor.'],
    ['a bare title after a place', 'Flood waters rose in the south.\n\nThe Kerala Governor said: "We need help now."'],
  ])('no person of that name: %s', (_label, text) => {
    expect(speakers(text).some((s) => s !== null && /Governor$/.test(s))).toBe(false);
  });

  test.each([
    ['a law after "the"', 'The Reform Laws said: "No tenant may be evicted in winter."'],
    ['a law of two words after "the"', 'The Tenant Protection Laws said: "No tenant may be evicted in winter."'],
  ])('no person named after a law: %s', (_label, text) => {
    expect(speakers(text).some((s) => s !== null && /Laws$/.test(s))).toBe(false);
  });
});
