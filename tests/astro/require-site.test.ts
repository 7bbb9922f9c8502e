import { describe, expect, test } from 'vitest';
import { requireSite } from '../../src/astro/require-site.ts';

describe('requireSite', () => {
  test('returns the site’s address when it is set', () => {
    const site = new URL('https://news-digest.example/');
    expect(requireSite(site, 'feeds need absolute links')).toBe(site);
  });

  test.each([
    ['feeds need absolute links', 'Set `site` in astro.config.mjs: feeds need absolute links.'],
    ['the schema’s $id is absolute', 'Set `site` in astro.config.mjs: the schema’s $id is absolute.'],
  ])('stops the build naming what needed it (%s)', (need, message) => {
    expect(() => requireSite(undefined, need)).toThrow(message);
  });
});
