/**
 * A small web on 127.0.0.1 for the tests of `digest add URL` and `digest pull`, started by the tests themselves
 * (nothing leaves the machine): routes with a status, headers and a body, an ETag and Last-Modified on each
 * successful answer honoured by a 304, and a log of every request and how many body bytes it was sent.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** One route's answer; `body` may be a function, to change between requests. */
export interface Route {
  status?: number;
  type?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | (() => string | Buffer);
  /** Writes the answer itself (a stream of 20 MB, a redirect to itself). */
  handle?: (req: IncomingMessage, res: ServerResponse) => void;
}

/** A request the server answered. */
export interface Hit {
  path: string;
  status: number;
  /** Body bytes sent. */
  bytes: number;
  conditional: boolean;
}

/** The running server. */
export interface FakeWeb {
  url: string;
  routes: Map<string, Route>;
  log: Hit[];
  close: () => Promise<void>;
}

const LAST_MODIFIED = 'Tue, 04 Mar 2025 12:00:00 GMT';

/**
 * Starts the server on a free port of 127.0.0.1.
 *
 * @example
 * const web = await startFakeWeb({ '/a.html': { type: 'text/html', body: '<p>Hi</p>' } });
 * await fetch(`${web.url}/a.html`);
 * web.log // => [{ path: '/a.html', status: 200, bytes: 9, conditional: false }]
 */
export async function startFakeWeb(routes: Record<string, Route>): Promise<FakeWeb> {
  const table = new Map(Object.entries(routes));
  const log: Hit[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const conditional = req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined;
    const route = table.get(path);
    if (route?.handle) {
      log.push({ path, status: 0, bytes: 0, conditional });
      route.handle(req, res);
      return;
    }
    if (!route) {
      log.push({ path, status: 404, bytes: 9, conditional });
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = typeof route.body === 'function' ? route.body() : (route.body ?? '');
    const status = route.status ?? 200;
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (status === 200 && req.headers['if-none-match'] === etag) {
      log.push({ path, status: 304, bytes: 0, conditional });
      res.writeHead(304, { etag, 'last-modified': LAST_MODIFIED }).end();
      return;
    }
    log.push({ path, status, bytes: Buffer.byteLength(body), conditional });
    res.writeHead(status, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...(status === 200 ? { etag, 'last-modified': LAST_MODIFIED } : {}), ...route.headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    routes: table,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
