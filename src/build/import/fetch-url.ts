/**
 * Fetches one web address politely and safely, for `digest add URL` and `digest pull`: a user agent that names the
 * project, a time limit, a size limit (counted on the decoded body), a few redirects at most, http(s) only, no
 * private, loopback or link-local address (checked on the address actually connected to, so a name that resolves to
 * one is refused too) unless `allowLocal`, and conditional requests (ETag, Last-Modified) so that an unchanged page or
 * feed is not downloaded again. Every failure is a {@link FetchError} with one line saying what and how to fix it.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';

/** The user agent: the project's name and what it does, so that a site's owner can tell who asked. */
export const USER_AGENT = 'news-digest/0.1 (article importer; +https://github.com/news-digest/news-digest)';

/** Options of {@link fetchUrl}; every limit has a default. */
export interface FetchOptions {
  /** Allow private, loopback and link-local addresses (`--allow-local`); default false. */
  allowLocal?: boolean;
  /** Time for the whole request, redirects included; default 20 s. */
  timeoutMs?: number;
  /** Largest body accepted, decoded; default 10 MB. */
  maxBytes?: number;
  /** Redirects followed at most; default 5. */
  maxRedirects?: number;
  /** Content types accepted (without parameters), e.g. `text/html`. */
  accept: readonly string[];
  /** Validators of the copy already held: a 304 answer comes back as `notModified`. */
  etag?: string;
  lastModified?: string;
}

/** A fetched body, or word that the copy held is still current. */
export type FetchResult =
  | { notModified: false; url: string; body: Buffer; contentType: string; etag?: string; lastModified?: string }
  | { notModified: true; url: string };

/** A fetch that failed, with a one-line reason and fix. */
export class FetchError extends Error {
  /** What to do about it. */
  readonly fix: string;

  constructor(message: string, fix: string) {
    super(message);
    this.fix = fix;
  }
}

const DEFAULTS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

/** Address ranges that are not the public internet (RFC 6890 special-purpose registries). */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4');
// IPv4-mapped addresses (::ffff:a.b.c.d) are checked as the IPv4 address they carry (BlockList would match every IPv4
// address against a ::ffff:0:0/96 rule).
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/**
 * True when an IP address is private, loopback, link-local or otherwise not a public internet address.
 *
 * @example
 * isPrivateAddress('127.0.0.1') // => true
 * isPrivateAddress('::ffff:10.0.0.1') // => true
 * isPrivateAddress('93.184.216.34') // => false
 */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Reads an address given by a user or a feed as an http(s) URL, or says in one line why it cannot be fetched.
 *
 * @example
 * toWebUrl('https://a.example/x').href // => 'https://a.example/x'
 * toWebUrl('javascript:alert(1)') // throws FetchError('javascript:alert(1) is not an http(s) address', …)
 */
export function toWebUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new FetchError(`${shorten(address)} is not a web address`, 'give an address that starts with https:// or http://');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`${shorten(address)} is not an http(s) address`, 'give an address that starts with https:// or http://');
  if (url.username || url.password) throw new FetchError(`${shorten(url.origin)} carries a user name or password`, 'give the address without credentials');
  return url;
}

/**
 * Fetches a web address under the limits of {@link FetchOptions}.
 *
 * @param address The address.
 * @returns The body and its validators, or `notModified` when the validators given still hold.
 * @throws {FetchError} For every failure: a refused address, a redirect loop or too many redirects, an HTTP error,
 *   a content type not accepted, a body over the limit, a timeout, a network error.
 * @example
 * const page = await fetchUrl('https://a.example/story', { accept: ['text/html'] });
 * page.notModified || page.body.length // => 48213
 */
export async function fetchUrl(address: string, options: FetchOptions): Promise<FetchResult> {
  const limits = { ...DEFAULTS, ...options };
  const deadline = Date.now() + limits.timeoutMs;
  const seen = new Set<string>();
  let url = toWebUrl(address);
  for (let redirects = 0; ; redirects++) {
    seen.add(url.href);
    const response = await requestOnce(url, limits, deadline);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304) {
      response.resume();
      const location = response.headers.location;
      if (!location) throw new FetchError(`${shorten(url.href)} answered ${status} without saying where to`, 'check the address in a browser');
      const next = toWebUrl(new URL(location, url).href);
      if (seen.has(next.href)) throw new FetchError(`${shorten(address)} redirects in a loop (${shorten(url.href)} → ${shorten(next.href)})`, 'check the address in a browser; the site is misconfigured');
      if (redirects + 1 > limits.maxRedirects) throw new FetchError(`${shorten(address)} redirects more than ${limits.maxRedirects} times`, 'give the final address of the page');
      url = next;
      continue;
    }
    if (status === 304) {
      response.resume();
      return { notModified: true, url: url.href };
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FetchError(`${shorten(url.href)} answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`, status === 404 || status === 410 ? 'check the address: the page is not there' : 'try again later, or check the address in a browser');
    }
    const contentType = (response.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!limits.accept.includes(contentType)) {
      response.resume();
      throw new FetchError(`${shorten(url.href)} is ${contentType ? `of type ${contentType}` : 'of no stated type'}, not ${limits.accept.join(' or ')}`, 'give the address of an article page or a feed');
    }
    const body = await readBody(response, url, limits.maxBytes, deadline);
    const etag = response.headers.etag;
    const lastModified = response.headers['last-modified'];
    return { notModified: false, url: url.href, body, contentType, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
  }
}

/** One request, connected only to an address that is allowed. */
function requestOnce(url: URL, limits: typeof DEFAULTS & FetchOptions, deadline: number): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!limits.allowLocal && isIP(host) && isPrivateAddress(host)) return Promise.reject(privateAddressError(url, host));
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: `${limits.accept.join(', ')};q=1.0, */*;q=0.1`,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (limits.etag) headers['if-none-match'] = limits.etag;
  if (limits.lastModified) headers['if-modified-since'] = limits.lastModified;
  const lookup = (hostname: string, options: object, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, options, (error, address, family) => {
      if (error) return callback(error, address, family);
      const all = Array.isArray(address) ? address : [{ address, family }];
      const refused = limits.allowLocal ? undefined : all.find((a) => isPrivateAddress(a.address));
      if (refused) return callback(privateAddressError(url, refused.address) as unknown as NodeJS.ErrnoException, address, family);
      callback(null, address, family);
    });
  };
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(timeoutError(url, limits.timeoutMs));
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, { method: 'GET', headers, lookup: lookup as never, timeout: remaining }, resolve);
    const timer = setTimeout(() => request.destroy(timeoutError(url, limits.timeoutMs)), remaining);
    request.on('close', () => clearTimeout(timer));
    request.on('timeout', () => request.destroy(timeoutError(url, limits.timeoutMs)));
    request.on('error', (error) => reject(error instanceof FetchError ? error : new FetchError(`${shorten(url.href)} could not be fetched (${error.message.split('\n')[0]})`, 'check the address and the network connection')));
    request.end();
  });
}

/** The body, decoded, stopped as soon as it passes the limit. */
function readBody(response: IncomingMessage, url: URL, maxBytes: number, deadline: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLargeError(url, maxBytes));
  }
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoded: Readable =
    encoding === 'gzip' || encoding === 'x-gzip' ? response.pipe(createGunzip()) : encoding === 'deflate' ? response.pipe(createInflate()) : encoding === 'br' ? response.pipe(createBrotliDecompress()) : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => fail(timeoutError(url, 0)), Math.max(0, deadline - Date.now()));
    const fail = (error: FetchError) => {
      clearTimeout(timer);
      response.destroy();
      decoded.destroy();
      reject(error);
    };
    decoded.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return fail(tooLargeError(url, maxBytes));
      chunks.push(chunk);
    });
    decoded.on('error', (error) => fail(new FetchError(`${shorten(url.href)} sent a body that cannot be read (${error.message})`, 'try again later')));
    decoded.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
  });
}

function privateAddressError(url: URL, address: string): FetchError {
  return new FetchError(`${shorten(url.href)} leads to ${address}, a private or local address`, 'give a public address, or pass --allow-local to fetch from this machine or network');
}

function timeoutError(url: URL, timeoutMs: number): FetchError {
  return new FetchError(`${shorten(url.href)} took longer than ${timeoutMs > 0 ? `${timeoutMs / 1000} s` : 'the time limit'}`, 'try again later');
}

function tooLargeError(url: URL, maxBytes: number): FetchError {
  return new FetchError(`${shorten(url.href)} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, 'give the address of one article page, not a file or an archive');
}

function shorten(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > 120 ? `${clean.slice(0, 119)}…` : clean;
}
