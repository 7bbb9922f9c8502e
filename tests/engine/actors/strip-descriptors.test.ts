import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';
import { dropDescriptorWords } from '../../../src/engine/actors/strip-descriptors.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('stripDescriptors', () => {
  test.each([
    ['an acronym of kind mid-sentence', 'Later the rights NGO Open Borders Watch called the plan "cruel and unworkable".', 'Open Borders Watch', 'NGO Open Borders Watch'],
    ['a demonym and an acronym of kind', 'Dutch NGO Clean River Alliance called the report "a whitewash".', 'Clean River Alliance', 'Dutch NGO Clean River Alliance'],
    ['a country and an acronym of kind', 'US NGO Harbor Justice Project said the ruling was fair.', 'Harbor Justice Project', 'US NGO Harbor Justice Project'],
    ['a "-based" place and an acronym of kind', 'The statement from UK-based NGO Bright Futures Trust came on Monday.', 'Bright Futures Trust', 'UK-based NGO Bright Futures Trust'],
    ['"the" before an acronym of kind', 'The NGO Save the Lakes Fund warned of drought.', 'Save the Lakes Fund', 'NGO Save the Lakes Fund'],
    ['a kind noun opening the sentence', 'Charity Green Hands Relief said: "The camps are full and the winter is coming."', 'Green Hands Relief', 'Charity Green Hands Relief'],
    ['a known name after a demonym and an acronym of kind', 'Kenyan NGO Amnesty International said the vote was rigged.', 'Amnesty International', 'Kenyan NGO Amnesty International'],
    ['a kind noun opening the sentence before an acronym', 'Broadcaster KTVN said the road was closed.', 'KTVN', 'Broadcaster KTVN'],
    ['"the" and an acronym of kind after a sentence-opening word', 'But the NGO Harbor Trust rejected the claim.', 'Harbor Trust', 'NGO Harbor Trust'],
    ['a country and an acronym of kind after a sentence-opening word', 'Later US NGO Clean River Alliance called it "a whitewash".', 'Clean River Alliance', 'US NGO Clean River Alliance'],
    ['"the" and an acronym of kind before a lone head word mid-sentence', 'Funding was "far too low", the NGO Commons rural affairs committee said.', 'Commons rural affairs committee', 'NGO Commons rural affairs committee'],
  ])('strips %s', (_label, text, name, whole) => {
    expect(names(text)).toContain(name);
    expect(names(text)).not.toContain(whole);
  });

  test.each([
    ['a known name holding the kind word', 'Amnesty International said the trial was unfair.', 'Amnesty International'],
    ['a kind noun inside a name mid-sentence', 'Trains run by Network Rail were late, said the company.', 'Network Rail'],
    ['a kind noun opening the sentence before one unknown word', 'Band Aid raised millions in 1984.', 'Band Aid'],
    ['a kind noun before a title', 'Union Minister Ravi Kumar said the bill would pass.', 'Ravi Kumar'],
    ['an acronym of kind that ends the name', 'The Kenya NGO Council said it would appeal.', 'Kenya NGO Council'],
    ['an acronym of kind that ends the name after a sentence-opening word', 'Then the Kenya NGO Council said it would appeal.', 'Kenya NGO Council'],
    ['an acronym of kind before a lone head word without "the"', 'Kenyan NGO Council said it would appeal.', 'NGO Council'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });

  test.each([
    ['a spokeswoman for a body after a descriptor', 'A spokeswoman for US NGO Harbor Justice Project said it was "a basic right".', 'Harbor Justice Project'],
    ['a spokesman of a body after "the" and a descriptor', 'A spokesman for the NGO Clean River Alliance said the water was "unsafe".', 'Clean River Alliance'],
  ])('reads the affiliation past a descriptor: %s', (_label, text, name) => {
    const anonymous = actorsOf(text).find((a) => a.kind === 'anonymous');
    expect(anonymous?.affiliation).toBe(name);
  });

  test.each([
    ['a "-based" place and an acronym of kind', 'Officials from UK-based NGO Harbor Justice Project admitted the error.', 'Officials from Harbor Justice Project'],
    ['a demonym and an acronym of kind', 'A spokesman for Dutch NGO Clean River Alliance said the water was "unsafe".', 'spokesman for Clean River Alliance'],
  ])('names an anonymous source without the descriptor: %s', (_label, text, name) => {
    expect(actorsOf(text).find((a) => a.kind === 'anonymous')?.name).toBe(name);
  });

  test.each([
    [['spokeswoman', 'for', 'UK-based', 'NGO', 'Harbor', 'Trust'], 'spokeswoman for Harbor Trust'],
    [['a', 'spokesman', 'for', 'the', 'NGO', 'Clean', 'River', 'Alliance'], 'a spokesman for the Clean River Alliance'],
    [['a', 'Kenya', 'NGO', 'Council', 'spokesman'], 'a Kenya NGO Council spokesman'],
    [['an', 'NGO', 'spokesman'], 'an NGO spokesman'],
  ])('drops the descriptor words of %j', (words, out) => {
    expect(dropDescriptorWords(words).join(' ')).toBe(out);
  });
});
