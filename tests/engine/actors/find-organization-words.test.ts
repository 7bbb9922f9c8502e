import { describe, expect, test } from 'vitest';
import { findActors } from '../../../src/engine/actors/index.ts';
import { findOrganizationWords } from '../../../src/engine/actors/find-organization-words.ts';
import { byBlankLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

const paragraphsOf = (article: string) => tokenizedParagraphs(byBlankLines(article));

describe('findOrganizationWords', () => {
  test.each([
    ['a spokesperson after the name', 'Sales doubled, a Dunmore spokesperson said.', ['dunmore']],
    ['the chairman after the name', 'The plan was set out by Ann Lee, Veltrix chairman, on Monday.', ['veltrix']],
    ['a possessive and a belonging', 'Analysts cut their forecasts after Corvane’s profits fell.', ['corvane']],
    ['one lower-case word between', 'A Brandel security spokesman confirmed it.', ['brandel']],
    ['a title and “of” before the name', 'Ken Ito, chief operating officer of Halvorn, said so.', ['halvorn']],
    ['an analyst “at” the name', 'Amy Roth, an analyst at Pemberly, disagreed.', ['pemberly']],
    ['a plural introducing noun and its list', 'The supermarket chains Tarrow, Benlow and Quist cut prices.', ['tarrow', 'benlow', 'quist']],
    ['an appositive headed by a kind of organisation', 'Pemlow, a blog search engine, tracks six million sites. Quarvel, the Dutch dairy group at the centre of the scandal, said so.', ['pemlow', 'quarvel']],
    ['a name in apposition after a kind of organisation', 'She backs the work of a drugs charity, Tessaline, which she visits.', ['tessaline']],
    ['a platform name that is also a common word, speaking', 'The court ruled against Facebook on Thursday. Facebook further claimed the ruling went too far.', ['facebook']],
  ])('finds %s', (_case, article, words) => {
    const found = findOrganizationWords(paragraphsOf(article));
    for (const w of words) expect(found).toContain(w);
  });

  test.each([
    ['a sentence-initial word before a noun', 'Falling sales hurt. Aviation analyst Rob Kent agreed.', ['falling', 'aviation']],
    ['an adjective after “founder of”', 'Rabbi Eli Stone, founder of Jewish human rights group the Marlow Centre, spoke.', ['jewish']],
    ['a name of two words', 'A Harbour Lines spokesman said so.', ['harbour', 'lines']],
    ['a word inside a quotation', '“The Dunmore spokesman lied,” she said.', ['dunmore']],
    ['a person in apposition to a role', 'Smith, a former party member, spoke. A member of the committee, Jones, agreed. Brown, the firm boss, left.', ['smith', 'jones', 'brown']],
    ['a common adjective before a staff noun', 'Western officials said the talks had stalled.', ['western']],
    ['a common adjective before a noun that is also a speech verb', 'Moscow reacted to the Western remarks. Leaders rule out Western forces.', ['western']],
    ['a weekday after a preposition', 'The minister on Monday said the fund was ready. On Tuesday he left.', ['monday']],
    ['pronouns before a speech verb', 'He said it was late. She said it was over. They said so.', ['he', 'she', 'they']],
    ['a platform name the article also writes in lower case', 'Facebook said it would act, a facebook post showed. Users left Facebook.', ['facebook']],
  ])('finds nothing in %s', (_case, article, words) => {
    const found = findOrganizationWords(paragraphsOf(article));
    for (const w of words) expect(found).not.toContain(w);
  });
});

describe('one-word organisations among the actors', () => {
  test.each([
    ['a speaker the article shows to be a company elsewhere', 'Dunmore said it had run out of stock.\n\nA Dunmore spokesperson said deliveries had doubled.', 'Dunmore'],
    ['a company named before its sign', 'Halvorn said sales were strong.\n\nKen Ito, chief operating officer of Halvorn, agreed.', 'Halvorn'],
    ['each chain of a list', 'Tarrow said shelves were empty. The store chains Tarrow and Benlow limited sales.', 'Tarrow'],
    ['a platform that speaks', 'A judge ordered social media site Facebook to remove a post. Facebook said it would appeal.', 'Facebook'],
    ['a firm introduced as a hyphenated start-up', 'Search start-up Zentrix has released new software. Zentrix grew fast.', 'Zentrix'],
  ])('types %s as an organisation', (_case, article, name) => {
    const actor = findActors(paragraphsOf(article)).actors.find((a) => a.name === name);
    expect(actor?.kind).toBe('organization');
  });

  test.each([
    ['shares after the name', 'Halden Marr shares in London rose 4%. Halden Marr said it was pleased.', 'Halden Marr'],
    ['a company in apposition after a preposition', 'The federation signed a deal with energy drink company, Brisk Cola, who will supply it.', 'Brisk Cola'],
    ['an ownership word before the name', 'Refineries of state-owned Petro Ardan were hit.', 'Petro Ardan'],
  ])('types a name of two words as an organisation: %s', (_case, article, name) => {
    expect(findActors(paragraphsOf(article)).actors.find((a) => a.name === name)?.kind).toBe('organization');
  });

  test.each([
    ['a verb with its object', 'Ruth Calder shares his view. She said so.', 'Ruth Calder'],
    ['a conjunction before a staff noun', 'Also arrested were Ruth Calder and members of her family.', 'Ruth Calder'],
    ['a speech verb before a staff noun', 'Ruth Calder told researchers of the hostility she met.', 'Ruth Calder'],
    ['a member of a committee in apposition', 'A member of the committee, Ruth Calder, spoke.', 'Ruth Calder'],
    ['an appositive role owned by a kind of organisation', '“We did not pick this number,” said Ruth Calder, the authority’s chief executive.', 'Ruth Calder'],
    ['the winner of an award\'s category', 'The drama took four prizes including best supporting actress for Ruth Calder. She said it was a surprise.', 'Ruth Calder'],
    ['the winner of a best-actor award', 'The night ended with best actor for Ivo Kerr, who thanked his mother.', 'Ivo Kerr'],
  ])('keeps a person: %s', (_case, article, name) => {
    expect(findActors(paragraphsOf(article)).actors.find((a) => a.name === name)?.kind).toBe('person');
  });

  test('keeps a person whose full name the article gives', () => {
    const actors = findActors(paragraphsOf('Ruth Dunmore spoke first. A Dunmore spokesman said she would not resign.')).actors;
    expect(actors.find((a) => a.name === 'Ruth Dunmore')?.kind).toBe('person');
    expect(actors.some((a) => a.name === 'Dunmore' && a.kind === 'organization')).toBe(false);
  });
});
