import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).flatMap((a) => [a.name, ...a.aliases]);

describe('dropProgrammes', () => {
  test.each([
    ['a fund described as a grant programme, with its initials', 'The Clean Homes Fund (CHF) is a state grant program that helps families repair roofs.', 'Clean Homes Fund'],
    ['a project in apposition with a road', 'Work on the Ridge Road Project, a 40-mile gravel road to the mine, starts in May.', 'Ridge Road Project'],
    ['a programme after "under"', 'Under the Home Repair Program, owners can apply for $5,000.\n\nThe Home Repair Program opened in 2019.', 'Home Repair Program'],
    ['a commitment after an amount of money', "The agency spent its $300 million Coal Valley Commitment on training.\n\nThe Coal Valley Commitment helped 40 towns.", 'Coal Valley Commitment'],
    ['a plan after an amount in pounds', 'Ministers unveiled a £2bn Northern Rail Plan for the region.\n\nThe Northern Rail Plan covers six cities.', 'Northern Rail Plan'],
    ['an initiative described as a scheme', 'The Green Streets Initiative was a council scheme to plant trees.', 'Green Streets Initiative'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a fund that speaks', 'The International Monetary Fund said growth would slow.', 'International Monetary Fund'],
    ['a project that speaks, in apposition with a charity running a programme', 'The Innocence Project, a legal charity that runs a program for prisoners, said it welcomed the ruling.', 'Innocence Project'],
    ['a programme with a spokesman, also after "under"', 'Food is delivered under the World Food Programme.\n\nA World Food Programme spokesman said trucks were waiting.', 'World Food Programme'],
    ['a fund named with no context of a thing', 'The Four Rivers Community Fund backed the new clinic.', 'Four Rivers Community Fund'],
    ['a fund described as a lender', 'The Atlas Development Fund is a lender of last resort for small farms.', 'Atlas Development Fund'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
