import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('venues whose name opens with a word for a stadium', () => {
  test.each([
    ['a French stadium after "at"', 'Wales were ecstatic after the win at Stade de Lorient.', 'Stade de Lorient'],
    ['a French stadium after "at the", named again', 'They have a good record at the Stade du Nord.\n\nStade du Nord, Lille', 'Stade du Nord'],
    ['a Spanish stadium after "in"', 'The final will be played in Estadio Monte Verde next May.', 'Estadio Monte Verde'],
  ])('no actor for %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a stadium whose staff speak', 'A spokesman for Stade de Lorient said the pitch was ready.', 'Stade de Lorient'],
    ['a club named like its ground that speaks', 'Stade Rennais said the coach would stay.', 'Stade Rennais'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
