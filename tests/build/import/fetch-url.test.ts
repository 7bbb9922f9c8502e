import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FetchError, fetchUrl, isPrivateAddress, toWebUrl, USER_AGENT } from '../../../src/build/import/fetch-url.ts';
import { startFakeWeb, type FakeWeb } from '../../support/fake-web.ts';

describe('isPrivateAddress', () => {
  test.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd12:3456::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['8.8.8.8', false],
    ['2a00:1450:4001::200e', false],
    ['not an address', true],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe('toWebUrl', () => {
  test.each([
    ['https://a.example/story?id=1', 'https://a.example/story?id=1'],
    [' http://a.example/ ', 'http://a.example/'],
  ])('accepts %j', (address, href) => {
    expect(toWebUrl(address).href).toBe(href);
  });

  test.each([
    ['javascript:alert(1)', /is not an http\(s\) address/],
    ['file:///etc/passwd', /is not an http\(s\) address/],
    ['data:text/html,<script>x</script>', /is not an http\(s\) address/],
    ['ftp://a.example/x', /is not an http\(s\) address/],
    ['not a url', /is not a web address/],
    ['https://user:secret@a.example/', /carries a user name or password/],
  ])('refuses %j with one line', (address, message) => {
    expect(() => toWebUrl(address)).toThrow(message);
    try {
      toWebUrl(address);
    } catch (error) {
      expect(error).toBeInstanceOf(FetchError);
      expect((error as FetchError).message).not.toContain('\n');
      expect((error as FetchError).fix).toMatch(/^give /);
    }
  });
});

describe('fetchUrl', () => {
  let web: FakeWeb;
  let userAgent: string | undefined;

  beforeAll(async () => {
    web = await startFakeWeb({
      '/gzip': { handle: (req, res) => (userAgent = req.headers['user-agent'], res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync('<p>packed</p>'))) },
      '/bomb': { handle: (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(3 * 1024 * 1024))) },
      '/declared-large': { handle: (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }).end() },
      '/hop1': { handle: (_req, res) => res.writeHead(301, { location: '/hop2' }).end() },
      '/hop2': { handle: (_req, res) => res.writeHead(302, { location: '/page' }).end() },
      '/to-js': { handle: (_req, res) => res.writeHead(302, { location: 'javascript:alert(1)' }).end() },
      '/slow': { handle: () => undefined },
      '/page': { body: '<p>Hello</p>' },
    });
  });

  afterAll(async () => {
    await web.close();
  });

  test('names the project in its user agent and decodes a gzipped body', async () => {
    const page = await fetchUrl(`${web.url}/gzip`, { accept: ['text/html'], allowLocal: true });
    expect(page.notModified ? '' : page.body.toString()).toBe('<p>packed</p>');
    expect(userAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^news-digest\//);
  });

  test('follows a few redirects and reports the final address', async () => {
    const page = await fetchUrl(`${web.url}/hop1`, { accept: ['text/html'], allowLocal: true });
    expect(page.url).toBe(`${web.url}/page`);
  });

  test.each([
    ['too many redirects', '/hop1', { maxRedirects: 1 }, /redirects more than 1 times/],
    ['a redirect to javascript:', '/to-js', {}, /javascript:alert\(1\) is not an http\(s\) address/],
    ['a body that is small packed and large unpacked', '/bomb', { maxBytes: 1024 * 1024 }, /is larger than 1 MB/],
    ['a declared length over the limit', '/declared-large', {}, /is larger than 10 MB/],
    ['a server that never answers', '/slow', { timeoutMs: 500 }, /took longer than 0.5 s/],
    ['a private address without allowLocal', '/page', { allowLocal: false }, /leads to 127\.0\.0\.1, a private or local address/],
  ])('refuses %s with a FetchError', async (_name, path, options, message) => {
    await expect(fetchUrl(`${web.url}${path}`, { accept: ['text/html'], allowLocal: true, ...options })).rejects.toThrow(message);
  });

  test('a name that resolves to a loopback address is refused too', async () => {
    const port = new URL(web.url).port;
    await expect(fetchUrl(`http://localhost:${port}/page`, { accept: ['text/html'] })).rejects.toThrow(/a private or local address/);
  });

  test('asks with the validators it is given and reports an unchanged page', async () => {
    const first = await fetchUrl(`${web.url}/page`, { accept: ['text/html'], allowLocal: true });
    expect(first.notModified).toBe(false);
    if (first.notModified) return;
    const again = await fetchUrl(`${web.url}/page`, { accept: ['text/html'], allowLocal: true, ...(first.etag ? { etag: first.etag } : {}) });
    expect(again).toEqual({ notModified: true, url: `${web.url}/page` });
  });
});
