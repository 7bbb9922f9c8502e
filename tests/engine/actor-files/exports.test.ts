import { describe, expect, test } from 'vitest';
import * as actorFiles from '../../../src/engine/actor-files/index.ts';

describe('actor-files exports', () => {
  test('exposes exactly the public API', () => {
    expect(Object.keys(actorFiles).sort()).toEqual(['ACTOR_FIELDS', 'checkActorFiles', 'readActorFile', 'readActorFiles']);
  });

  test('readActorFiles reports a mergeInto loop at its line and keeps the file', () => {
    const { overrides, problems } = actorFiles.readActorFiles([{ file: 'content/actors/a.md', id: 'a.md', text: '---\nmergeInto: a\n---\n' }], []);
    expect(overrides).toEqual([expect.objectContaining({ slug: 'a' })]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/actors/a.md', line: 2, severity: 'error' })]);
    expect(problems[0]!.message).toMatch(/loop/);
  });
});
