import { describe, expect, test } from 'vitest';
import * as ingest from '../../../src/engine/ingest/index.ts';

describe('ingest exports', () => {
  test('exposes exactly the public API', () => {
    expect(Object.keys(ingest).sort()).toEqual(['articleToMarkdown', 'decodeText', 'fileToFormat', 'ingestArticle', 'isSavedPage']);
  });
});
