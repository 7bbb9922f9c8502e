import { describe, expect, test } from 'vitest';
import * as actors from '../../../src/engine/actors/index.ts';

describe('actors exports', () => {
  test('exposes exactly the public API', () => {
    expect(Object.keys(actors).sort()).toEqual(['findActors', 'tokenizeParagraphs', 'tokenizeText']);
  });

  test('findActors finds a person and the organisation of an official, with a mention of each', () => {
    const paragraphs = actors.tokenizeParagraphs([{ index: 0, text: 'A NATO official said Mr Macron was wrong.' }], [[]]);
    const { actors: found, mentions } = actors.findActors(paragraphs);
    const kinds = found.map((a) => [a.name, a.kind]);
    expect(kinds).toContainEqual(['NATO', 'organization']);
    expect(kinds).toContainEqual(['Macron', 'person']);
    for (const actor of found) expect(mentions.some((m) => m.actor === actor.id)).toBe(true);
  });
});
