/**
 * What `digest add URL` and `digest pull` remember between runs, in `content/.imports.json` (a hidden file, so the
 * build never reads it as an article; commit it with the articles): each imported article by its feed guid or
 * address, with the file it became and a digest of the bytes written, so that a file an editor has changed since is
 * never overwritten; and the validators (ETag, Last-Modified) of each feed and page, so that a second pull asks
 * only whether anything changed.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const validatorsSchema = z.object({ etag: z.string().optional(), lastModified: z.string().optional() });

const importRecordSchema = z.object({
  /** The file written, relative to the articles folder. */
  file: z.string(),
  /** SHA-256 of the bytes written: a file whose bytes differ was edited since. */
  sha256: z.string(),
  /** The address the article was fetched from, or its feed entry's link. */
  url: z.string().optional(),
});

const importStoreSchema = z.object({
  version: z.literal(1),
  /** Feeds and pages by address: their validators. */
  validators: z.record(z.string(), validatorsSchema),
  /** Imported articles by guid or address. */
  articles: z.record(z.string(), importRecordSchema),
});

export type Validators = z.infer<typeof validatorsSchema>;
export type ImportRecord = z.infer<typeof importRecordSchema>;
export type ImportStore = z.infer<typeof importStoreSchema>;

/** The store's file name inside the content folder. */
export const IMPORT_STORE_FILE = '.imports.json';

/**
 * Reads the store of a content folder; an absent file is an empty store.
 *
 * @param contentDir The content folder (holding `articles/`).
 * @throws {Error} When the file exists but is not a store, with a one-line message.
 * @example
 * (await readImportStore('content')).articles['https://a.example/1'] // => { file: 'bridge-closes.md', sha256: '…' }
 */
export async function readImportStore(contentDir: string): Promise<ImportStore> {
  const path = join(contentDir, IMPORT_STORE_FILE);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return { version: 1, validators: {}, articles: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not JSON; delete it to start afresh (articles already imported are then known by their url)`);
  }
  const parsed = importStoreSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${path} is not a store of imports; delete it to start afresh (articles already imported are then known by their url)`);
  return parsed.data;
}

/**
 * Writes the store (to a temporary file first, then renamed, so that an interrupted run leaves the old one), with
 * its keys sorted so that the file changes only where the imports do.
 *
 * @example
 * await writeImportStore('content', store);
 */
export async function writeImportStore(contentDir: string, store: ImportStore): Promise<void> {
  const path = join(contentDir, IMPORT_STORE_FILE);
  const sorted = (record: Record<string, unknown>) => Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
  const text = `${JSON.stringify({ version: 1, validators: sorted(store.validators), articles: sorted(store.articles) }, null, 2)}\n`;
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}

/**
 * SHA-256 of bytes or text, as the store records it.
 *
 * @example
 * sha256('') // => 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
