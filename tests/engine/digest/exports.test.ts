import { describe, expect, test } from 'vitest';
import * as digest from '../../../src/engine/digest/index.ts';
import { makeArticle } from './make-article.ts';

describe('digest exports', () => {
  test('exposes exactly the public API', () => {
    expect(Object.keys(digest).sort()).toEqual(['buildDigest', 'nameKey']);
  });

  test('buildDigest of no articles is an empty digest', () => {
    const built = digest.buildDigest([]);
    expect(built.actors).toEqual([]);
    expect(built.quotes).toEqual([]);
  });

  test('buildDigest lists an actor two articles name once', () => {
    const built = digest.buildDigest([makeArticle({ file: 'a.txt', actors: ['Petr Fiala'] }), makeArticle({ file: 'b.txt', actors: ['Petr Fiala'] })]);
    expect(built.actors.filter((a) => a.name === 'Petr Fiala')).toHaveLength(1);
  });

  test('nameKey drops honorifics and middle initials', () => {
    expect(digest.nameKey('Mr. Dmitry S. Peskov')).toBe('dmitry peskov');
  });
});
