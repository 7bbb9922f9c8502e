import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropBroadcastProgrammes', () => {
  test.each([
    ['a morning programme owned by a radio station', 'The minister told BBC Radio 4\'s Dawn Programme that the plan was fair.', 'Dawn Programme'],
    ['a weekly hour owned by a broadcaster', 'Speaking to the BBC\'s Harbour Hour on Sunday, Mr Lusk said the vote was close.', 'Harbour Hour'],
    ['a panel show with a plural title', 'The attack came during the recording of BBC Radio 4\'s Open Questions in Leeds.', 'Open Questions'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a reporter owned by a broadcaster', 'The BBC\'s Carla Menzies reported from the border.', 'Carla Menzies'],
    ['an owned programme title that acts', 'The BBC\'s Dawn Programme\'s editor said the interview would air.', 'Dawn Programme'],
    ['a title owned by a body that is no broadcaster', 'Acme Mobile\'s Tonight Show sponsorship ended.\n\nAcme Mobile said it was sorry.', 'Acme Mobile'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
