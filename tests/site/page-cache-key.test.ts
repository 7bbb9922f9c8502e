import { describe, expect, test } from 'vitest';
import type { Digest } from '../../src/engine/digest/schema.ts';
import { actorPageKey, sourcePageKey, storyPageKey } from '../../src/site/page-cache-key.ts';
import { digestToSiteData } from '../../src/site/site-data.ts';
import { fixtureDigest } from '../fixtures/site-digest.ts';

const SITE = 'https://news-digest.example/';

/** The three keys of the fixture's pages after `change` edits a copy of the digest. */
function keysAfter(change: (digest: Digest) => void, site = SITE) {
  const digest = structuredClone(fixtureDigest);
  change(digest);
  const data = digestToSiteData(digest);
  return {
    story: storyPageKey(data.stories.get('macron-troops')!, data, site),
    actor: actorPageKey(data.actors.get('dmitry-peskov')!, data, site),
    source: sourcePageKey(data.articles.get('bbc-troops')!, data, site),
  };
}

const before = keysAfter(() => {});

describe('page cache keys', () => {
  test('are the same for the same content', () => {
    expect(keysAfter(() => {})).toEqual(before);
  });

  test.each([
    ['the wording of a quote the page shows', (d: Digest) => void (d.quotes[3]!.text = 'changed'), { story: true, actor: true, source: false }],
    // The BBC's page shows statement s1, which The Guardian carries too.
    ['the label of a source the page cites (its outlet)', (d: Digest) => void (d.articles[1]!.meta.outlet = 'The Observer'), { story: true, actor: true, source: true }],
    ['the role of an actor the story and the source name, not the speaker', (d: Digest) => void (d.actors[2]!.roles = [{ text: 'spokesman', articles: ['bbc-troops'] }]), { story: true, actor: false, source: true }],
    ['the name of an actor the page links', (d: Digest) => void (d.actors[0]!.name = 'E. Macron'), { story: true, actor: false, source: true }],
    ['the story’s headline, which a source page links', (d: Digest) => void (d.stories[0]!.headline = 'New headline'), { story: true, actor: false, source: true }],
  ])('change with %s, and only on the pages that show it', (_, change, changed) => {
    const after = keysAfter(change);
    expect({ story: after.story !== before.story, actor: after.actor !== before.actor, source: after.source !== before.source }).toEqual(changed);
  });

  test('change with the site’s address, which canonical links and feeds carry', () => {
    const elsewhere = keysAfter(() => {}, 'https://elsewhere.example/');
    expect([elsewhere.story !== before.story, elsewhere.actor !== before.actor, elsewhere.source !== before.source]).toEqual([true, true, true]);
  });
});
