import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropUnactingPlaces', () => {
  test.each([
    ['a square after "near", then after "to"', 'Protesters gathered near Kelby Prudy on Monday.\n\nOthers were told to bring drums to Kelby Prudy and wait.', 'Kelby Prudy'],
    ['a headland after "in", then a subject of "is"', 'The colony in Punta Arvel has shrunk by a third.\n\nPunta Arvel is one of the breeding sites of the species.', 'Punta Arvel'],
    ['a district after "in", then a subject of "has"', 'The party came first in Tarrow Lisk last year.\n\nTarrow Lisk has a young population.', 'Tarrow Lisk'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a person after "in" who speaks elsewhere', 'Voters put their faith in Ann Reyes.\n\nAnn Reyes said she was grateful.', 'Ann Reyes'],
    ['a person after "in" who owns something elsewhere', 'There was little interest in Tom Varga.\n\nTom Varga\'s campaign raised £2,000.', 'Tom Varga'],
    ['a person after "in" with a role', 'Voters put their faith in council leader Ann Reyes.', 'Ann Reyes'],
    ['a person after "in" called by the surname elsewhere', 'Fans saw a star in Lena Marsh.\n\nMarsh signed for the club in May.', 'Lena Marsh'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
