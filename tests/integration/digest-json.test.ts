import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { DigestExport } from '../../src/site/export/digest-export.ts';
import { readPage } from '../support/build-site.ts';
import { $, parseHtml } from '../support/html.ts';

const site = () => inject('defaultSite');
let document: DigestExport;
let schema: Record<string, unknown>;

beforeAll(async () => {
  document = JSON.parse(await readFile(join(site(), 'digest.json'), 'utf8'));
  schema = JSON.parse(await readFile(join(site(), 'digest.schema.json'), 'utf8'));
});

describe('/digest.json', () => {
  test('validates against /digest.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('points to its schema and has stories, actors, statements and quotes', () => {
    expect(document.$schema).toBe(schema.$id);
    expect(document.stories.length).toBeGreaterThan(0);
    expect(document.actors.length).toBeGreaterThan(0);
    expect(document.statements.length).toBeGreaterThan(0);
    expect(document.quotes.length).toBeGreaterThan(0);
  });

  test('has ids that refer to records of the same document', () => {
    const articles = new Set(document.articles.map((a) => a.slug));
    const actors = new Set(document.actors.map((a) => a.slug));
    const quotes = new Set(document.quotes.map((q) => q.id));
    const statements = new Set(document.statements.map((s) => s.id));
    for (const quote of document.quotes) {
      expect(articles.has(quote.article), quote.id).toBe(true);
      if (quote.speaker !== null) expect(actors.has(quote.speaker), quote.id).toBe(true);
      if (quote.statement !== null) expect(statements.has(quote.statement), quote.id).toBe(true);
    }
    for (const statement of document.statements) {
      expect(actors.has(statement.speaker), statement.id).toBe(true);
      for (const id of statement.quotes) expect(quotes.has(id), statement.id).toBe(true);
    }
    for (const story of document.stories) for (const slug of story.articles) expect(articles.has(slug), story.slug).toBe(true);
  });

  test('links every quote to a paragraph that exists on its source page', async () => {
    const pages = new Map<string, ReturnType<typeof parseHtml>>();
    for (const quote of document.quotes) {
      const url = new URL(quote.url);
      expect(url.hash).toBe(`#p-${quote.paragraph}`);
      if (!pages.has(url.pathname)) pages.set(url.pathname, parseHtml(await readPage(site(), url.pathname)));
      expect($(pages.get(url.pathname)!, `[id="p-${quote.paragraph}"]`), quote.url).toBeDefined();
    }
  });

  test('rejects a document that breaks the schema', () => {
    const validate = new Ajv2020({ strict: true }).compile(schema);
    const broken = { ...document, quotes: [{ ...document.quotes[0], paragraph: -1 }] };
    expect(validate(broken)).toBe(false);
  });
});
