import { describe, expect, test } from 'vitest';
import { chooseChromium } from './browser.ts';

describe('chooseChromium', () => {
  test.each([
    ['CHROMIUM_PATH wins when its file exists', { CHROMIUM_PATH: '/opt/chrome' }, ['/opt/chrome', '/usr/bin/chromium'], true, 'CHROMIUM_PATH'],
    ["Debian's Chromium is used when CHROMIUM_PATH is unset", {}, ['/usr/bin/chromium'], true, '/usr/bin/chromium'],
    ['the npm package is used when neither is there', {}, [], true, '@sparticuz/chromium'],
    ['an empty CHROMIUM_PATH counts as unset', { CHROMIUM_PATH: '' }, [], true, '@sparticuz/chromium'],
  ])('%s', (_name, env, files, hasPackage, source) => {
    const choice = chooseChromium(env, (path) => files.includes(path), () => hasPackage);
    expect(typeof choice === 'string' ? choice : choice.source).toBe(source);
  });

  test.each([
    ['a CHROMIUM_PATH that does not exist is named, never replaced by another browser', { CHROMIUM_PATH: '/nowhere/chrome' }, true, /^no Chromium at \/nowhere\/chrome \(CHROMIUM_PATH\)\. Fix: /],
    ['nothing at all is said in one line', {}, false, /^no Chromium: .*\. Fix: run npm ci/],
  ])('%s', (_name, env, hasPackage, message) => {
    const choice = chooseChromium(env, () => false, () => hasPackage);
    expect(choice).toMatch(message);
    expect(String(choice)).not.toContain('\n');
  });
});
