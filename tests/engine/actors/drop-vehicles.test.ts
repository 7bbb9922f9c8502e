import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropVehicles', () => {
  test.each([
    ['a capsule named twice, once with its mission', 'The two pilots rode a Silver Heron capsule to orbit.\n\nThe next Silver Heron mission is due in May.', 'Silver Heron'],
    ['a spacecraft named once', 'The crew boarded the Aurora Vale spacecraft on Friday.', 'Aurora Vale'],
    ['a rover and its flights', 'The Desert Finch rover found ice.\n\nTwo more Desert Finch flights are planned.', 'Desert Finch'],
    ['a car after "driving a" and a colour', 'Police said the man had been driving a red Ardent Comet earlier.', 'Ardent Comet'],
    ['a car after "drove an"', 'She drove an Ardent Nova to work for ten years.', 'Ardent Nova'],
    ['a tanker named after its kind of ship too', 'Smoke rose from the Nordic Wren tanker off the coast.', 'Nordic Wren'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a maker before its rocket', 'Officials at Orbex Dynamics said a Orbex Dynamics rocket would fly.', 'Orbex Dynamics'],
    ['a person named elsewhere without a craft noun', 'Jane Corlett piloted the craft.\n\nThe Jane Corlett mission ended well.', 'Jane Corlett'],
    ['an astronaut who speaks', '“We are ready,” said Tom Ashby, the mission commander.', 'Tom Ashby'],
    ['a person after "driving a wedge between"', 'The row is driving a wedge between Tom Ashby and his party.', 'Tom Ashby'],
    ['a person who drove a car for someone', 'He drove a car for Maria Feld for years.', 'Maria Feld'],
    ['a driver named after "driven by"', 'The car was driven by Jane Corlett, police said.', 'Jane Corlett'],
    ['a person named once before a use, once alone', 'The Maria Feld mission went ahead after Maria Feld spoke.', 'Maria Feld'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
