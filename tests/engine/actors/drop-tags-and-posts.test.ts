import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropTagsAndPosts', () => {
  test.each([
    ['a tag with a two-word county', '“It is a bad deal,” Delegate Ruth Okafor (D-Prince George\'s) said on Tuesday.', 'D-Prince George'],
    ['a tag with a state abbreviation', 'Senator Paul Greer (R-Ohio) said the bill would fail.', 'R-Ohio'],
    ['an independent’s tag', 'Sen. Lena Marsh (I-Vt.) voted against the measure.', 'I-Vt'],
    ['a post after a name in a list', 'The firm named Ann Lee as VP, Tom Park as CFO and Sara Kim as COO.', 'VP'],
    ['a post after a name and a comma', '“We grew,” said Jill Ross, CFO.', 'CFO'],
    ['a post before a name', '“Sales grew,” EVP Dan Moore said.', 'EVP'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['the tagged legislator', 'Senator Paul Greer (R-Ohio) said the bill would fail.', 'Paul Greer'],
    ['the person with a post', '“We grew,” said Jill Ross, CFO.', 'Jill Ross'],
    ['a hyphenated company', 'Officials at R-Tech Systems said the plant would close.', 'R-Tech'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
