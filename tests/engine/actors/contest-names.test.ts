import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('contest names: a game ending in "Bowl", a league after a plural of its entrants', () => {
  test.each([
    ['a bowl game as a modifier', 'The singer fell ill before a live Harbour Bowl performance in Denver.', 'Harbour Bowl'],
    ['a bowl game after "the"', 'Fans queued for hours outside the Granite Bowl on Sunday.', 'Granite Bowl'],
    ['a champions league', 'Porto were knocked out of the Champions League on Tuesday.', 'Champions League'],
    ['a champions league as a modifier', 'His Champions League winner sent the crowd home happy.', 'Champions League'],
    ['a nations league', 'Wales face Poland in the Nations League next month.', 'Nations League'],
  ])('no actor for %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a league body that speaks', 'The Premier League said the club had broken its rules.', 'Premier League'],
    ['a football league body', 'A Football League spokesman said the fixture would be moved.', 'Football League'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
