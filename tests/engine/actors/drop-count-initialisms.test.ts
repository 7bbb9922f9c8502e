import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropCountInitialisms', () => {
  test.each([
    ['initials written in the plural', 'Only three HDRs were on show. The HDR goes on sale in March.', 'HDR'],
    ['initials counted after "a" and a modifier', 'Most buyers pair it with a cheap HMD at home.', 'HMD'],
    ['initials counted after "an", a figure and a modifier', 'She bought an 80-hour digital HVR with the money.', 'HVR'],
    ['initials counted after "another" before "or"', 'Customers can choose another HMD or a flat screen.', 'HMD'],
    ['initials in the plural named once more alone', 'Shops sold fewer SSTs this year. Demand for the SST fell by half.', 'SST'],
    ['initials before a device noun', 'Two makers will show HMQA handsets at the fair. HMQA is faster than 3G.', 'HMQA'],
    ['initials before a word and a device noun', 'Buyers want big OLQ television sets this winter.', 'OLQ'],
    ['initials before "capability"', 'The new sets have HVR capability built in.', 'HVR'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a body whose reporter is counted', 'A KRT reporter was hurt in the blast, the KRT said.', 'KRT'],
    ['a body that qualifies a counted noun', 'Ministers backed a KRT plan on Monday. The KRT has 400 staff.', 'KRT'],
    ['counted initials that speak', 'Every region has a KRT of its own. The KRT said fees would rise.', 'KRT'],
    ['a body owning something, written in the plural elsewhere', "The KRT's board met. Both KRTs merged in 2001.", 'KRT'],
    ['a body before a device noun that speaks', 'The KRT said KRT handsets would be cheaper next year.', 'KRT'],
    ['a body before its staff', 'A KRT press officer told reporters the KRT had agreed.', 'KRT'],
    ['a body whose plural is a possessive', "The KRT's chief executive resigned on Friday.", 'KRT'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
