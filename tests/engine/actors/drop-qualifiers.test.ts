import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropQualifiers', () => {
  test.each([
    ['a country before a tree', 'A tall Sweden fir stands in the square this winter.', 'Sweden'],
    ['a brand before a drink', 'The group also sells Dunmore Glen whisky in Asia.', 'Dunmore Glen'],
    ['a country before its money', 'The painting sold for four million US dollars.', 'United States'],
    ['a brand before a licence', 'The photos were released under an Open Lens Attribution licence last year.', 'Open Lens Attribution'],
    ['a show before its tour', 'The singer cancelled her Velvet Moon tour after a knee injury.', 'Velvet Moon'],
    ['a programme before its event', 'The talk was part of the Second Chances event at the hall.', 'Second Chances'],
    ['a format before its standards', 'Broadcasters will meet UHDX standards by 2030.', 'UHDX'],
    ['a product line after "our"', 'We will start further improvements to our Cloud Class flat beds next month.', 'Cloud Class'],
    ['a range after "its"', 'The firm said its Aurora range sold well in the spring.', 'Aurora'],
    ['a nation before its squads', 'The deal will supply Great Britain squads with shirts.', 'United Kingdom'],
    ['a broadcast title before "show"', 'Mr Okoro told Five\'s Harper Stuff show: "Let\'s just move on."', 'Harper Stuff'],
    ['a broadcast title before "programme"', 'She told the BBC’s The Late Edit programme that she was leaving.', 'Late Edit'],
    ['a title after a channel\'s possessive and "the", before "programme"', 'She told Radio Nine\'s The Film Biz programme that she was leaving.', 'Film Biz'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a country named once elsewhere', 'A tall Sweden fir stands in the square.\n\nSweden sent it as a gift.', 'Sweden'],
    ['a country before people', 'US officials said the talks failed.', 'United States'],
    ['a company before its staff', 'A Corvina Bay spokesman said the rum was safe.', 'Corvina Bay spokesman'],
    ['a singer before her tour who speaks elsewhere', 'Lia Moreno cancelled the Lia Moreno tour.\n\nLia Moreno said she was sorry.', 'Lia Moreno'],
    ['a person after a possessive and a title', 'Its chief executive Mia Hart said profits rose.', 'Mia Hart'],
    ['a line after "its" that also speaks', 'Shoppers liked its Aurora range.\n\nAurora said sales were up.', 'Aurora'],
    ['a person before a verb', 'Maria Lopez sold the wine.', 'Maria Lopez'],
    ['a firm before "show" as a verb', 'Figures from the Marlow Retail Index show that sales fell.', 'Marlow Retail Index'],
    ['a host whose show is named after her, who also speaks', 'Fans tuned in to the Tara Kent show.\n\nTara Kent said the series would end.', 'Tara Kent'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
