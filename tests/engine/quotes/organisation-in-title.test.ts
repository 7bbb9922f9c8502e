/**
 * An organisation inside a person's title or appositive is not the speaker when the person is the verb's subject
 * (issue 13, round 15): "said FAA Administrator NAME", "said Acme Corp Senior Vice President for Sales, NAME",
 * "NAME, from Acme's Tokyo Laboratories, one of …, told", "NAME, US chief economist at X & Y Banking, said".
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('capitalised titles between an organisation and a name', () => {
  test.each([
    ['an acronym and one title word', '“Delays will fall,” said FAA Administrator Rosa M. Quint.', 'Rosa Quint'],
    ['"Acting" before the acronym', '“The grants go out today,” said Acting USDA Secretary Dale Okafor.', 'Dale Okafor'],
    ['an acronym and a title of three words', '“Members welcome the rule,” said NFU Senior Vice President Carla Benn.', 'Carla Benn'],
    ['a portfolio after "of" and a comma', '“The bill is overdue,” said AGC Managing Director of Policy, Omar Fitch.', 'Omar Fitch'],
    ['a possessive organisation and a portfolio after "for"', '“We back her,” said the Farm Credit Council’s Senior Vice President for Public Affairs Ines Garba.', 'Ines Garba'],
    ['a name in two parts joined by "&"', '“Demand is soft,” said Keller & Brandt Senior Vice President Oona Dale, an analyst at Keller & Brandt.', 'Oona Dale'],
    ['where the person works after the name', '“Beds are short,” said Labour Acting Secretary Hana Ward of the Shelter Trust.', 'Hana Ward'],
    ['a heading line "ORG Title NAME:" before the quotation', 'Harbour Traders Association Executive Director Mina Lau: “We thank the governor.”', 'Mina Lau'],
    ['a body with "of", then a list of titles', '“Costs are rising,” said Northern Chamber of Shipping Executive Vice President, Chief Policy Officer, and Head of Advocacy, Nell K. Barden.', 'Nell Barden'],
    ['several titles in a list', '“Costs are rising,” said Acme Corp Executive Vice President, Chief Legal Officer, and Head of Global Affairs, Peter J. Lund.', 'Peter Lund'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['an organisation alone after "said"', '“We object,” said the Teachers Union on Monday.', 'Teachers Union'],
    ['an organisation, then a list of people', '“It was cheap,” said Acme Corp, Chief Policy Officer Ann Lee and Neil L. Brady.', 'Acme Corp'],
  ])('no person taken from %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['a portfolio ending in a plural head', '“We back her,” said Director of Capital Markets Ines Garba.', 'Ines Garba'],
    ['a portfolio of government relations', '“We back her,” said Senior Vice President for Government Relations Hugo Marr.', 'Hugo Marr'],
  ])('a post with %s, then a name, is a person', (_label, text, name) => {
    expect(actorsOfParagraphs(text).map((a) => `${a.kind}:${a.name}`)).toEqual([`person:${name}`]);
  });

  test.each([
    ['a court', 'The Andean Court of Justice ruled on Monday.', 'Andean Court of Justice'],
    ['an office', 'The Office of Governor issued a statement.', 'Office of Governor'],
    ['an office named after a post with a portfolio', 'The Office of the UN High Commissioner for Human Rights said so.', 'Office of the UN High Commissioner for Human Rights'],
  ])('a post after "of" stays in the name of %s', (_label, text, name) => {
    expect(actorsOfParagraphs(text).map((a) => a.name)).toContain(name);
  });

  test.each([
    ['a post of three words', '“No,” said Harbour Trust Chief Operating Officer Mina Saleh.', 'Harbour Trust', 'Mina Saleh'],
    ['a body with "of" and a post of two words', '“No,” said Royal Society of Chemists General Secretary Pat Corr.', 'Royal Society of Chemists', 'Pat Corr'],
    ['a post with a portfolio and a comma', '“No,” said Atlantic Policy Institute Managing Director of Research, Elena Varga.', 'Atlantic Policy Institute', 'Elena Varga'],
  ])('a body, %s, then a name: the body and the person apart', (_label, text, body, person) => {
    const actors = actorsOfParagraphs(text).map((a) => `${a.kind}:${a.name}`);
    expect(actors).toEqual(expect.arrayContaining([`organization:${body}`, `person:${person}`]));
    expect(speakers(text)).toEqual([person]);
  });

  test('a title after an organisation is not part of its name', () => {
    const names = actorsOfParagraphs('“Costs are rising,” said Acme Corp Executive Vice President, Peter Lund.').map((a) => a.name);
    expect(names).toContain('Acme Corp');
    expect(names).not.toContain('Acme Corp Executive Vice President');
  });
});

describe('a body in an appositive is where the person works', () => {
  test.each([
    ['a possessive body after "from", then a second appositive', '“Storage is the problem,” Ian Moss, from Kelvo’s Osaka Laboratories, one of the designers of the format, told the BBC.', 'Ian Moss'],
    ['a body after "at", the second half of a name after "&"', 'Lena Ward, UK chief strategist at Harbour Markets & Investment Banking, said the data were “solid numbers”.', 'Lena Ward'],
    ['a demonym before the role', 'Tom Hale, Kenyan senior analyst at Northbank, said the figures were “weak”.', 'Tom Hale'],
    ['a body after "of" right after the name, then a relative clause', 'After the hearing, Inspector Jo Vance of Kent Police, who led the inquiry, said the verdict sent “a clear signal”.', 'Jo Vance'],
    ['letters set off after the name', '“Beds are full,” Ann Roe, M.D., said on Friday.', 'Ann Roe'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});

describe('an unnamed person named by a compound noun', () => {
  test.each([
    ['a describing word and a compound', '“Prices doubled,” said a local bakery owner.', 'local bakery owner'],
    ['a compound alone', '“The road is shut,” said a lorry driver.', 'lorry driver'],
    ['the describing word alone', '“The road is shut,” said a local.', 'local'],
  ])('the speaker is the whole phrase: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});

describe('a verb of saying after a causative verb and its object', () => {
  test.each([
    ['"helped NAME defend itself" in a reported clause', 'The envoy recalled how donors helped Moldova defend itself and ensure that “the blockade has failed”.', 'Moldova'],
    ['"let them argue" in a reported clause', 'The judge explained how the rules let the parties argue and insist that “time is short”.', 'parties'],
  ])('the object is no speaker: %s', (_label, text, name) => {
    expect(speakers(text)).not.toContain(name);
  });

  test('a verb of saying after a causative verb outside a reported clause still has its subject', () => {
    expect(speakers('Ann Roe helped Tom Hale explain that “the law is clear”.')).toEqual(['Tom Hale']);
  });
});

describe('letters after a name', () => {
  test.each([
    ['a dotted degree set off by commas', 'Carla Benn, Ph.D., said the results were “striking”.', 'Carla Benn'],
    ['"Jr." before "of" and a place', 'Dale Okafor Jr. of Ohio said the vote was “a farce”.', 'Dale Okafor'],
    ['letters set off by commas before "of" and a body', 'Mina Saleh, M.D., of the Harbour Clinic told reporters: “Beds are full.”', 'Mina Saleh'],
    ['"MP" before "of" and a place', 'Tom Hale MP of Kent said it was “bad”.', 'Tom Hale'],
    ['a degree whose last letter has no full stop', '“Beds are full,” said Dr. Ida Moss Ph.D, the head of the Harbour Clinic.', 'Ida Moss'],
    ['"MBA" after a name', '“Costs will rise,” said Owen Pryce MBA, a trustee of the fund.', 'Owen Pryce'],
    ['"PhD" after a name', '“The data are thin,” said Lena Haas PhD, who led the study.', 'Lena Haas'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test('a degree after a determiner names nobody', () => {
    expect(actorsOfParagraphs('She has a Ph.D. in physics and an M.D. from a Boston school.')).toEqual([]);
  });
});
