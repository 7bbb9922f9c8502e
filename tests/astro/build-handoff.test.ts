import { afterEach, describe, expect, test } from 'vitest';
import { askSiteData, contentGeneration, forgetSiteData, offerSiteData, publishAnalyses, publishContentProblems, siteDataOffered, takeAnalyses, takeContentProblems, whenAnalyses } from '../../src/astro/build-handoff.ts';
import { fixtureSiteData } from '../fixtures/site-digest.ts';

afterEach(() => forgetSiteData());

describe('askSiteData', () => {
  test('waits until the pages’ code offers its site data, then gets it from there', async () => {
    let calls = 0;
    const asked = askSiteData();
    expect(siteDataOffered()).toBe(false);
    offerSiteData(async () => {
      calls++;
      return fixtureSiteData;
    });
    expect(await asked).toBe(fixtureSiteData);
    expect(siteDataOffered()).toBe(true);
    expect(calls).toBe(1);
  });

  test('gets it at once when it is already offered, and forgets it for the next build', async () => {
    offerSiteData(async () => fixtureSiteData);
    expect(await askSiteData()).toBe(fixtureSiteData);
    forgetSiteData();
    expect(siteDataOffered()).toBe(false);
  });
});

describe('publishAnalyses', () => {
  test('hands the analyses to whoever waits for them and counts a new generation of content', async () => {
    const before = contentGeneration();
    const waiting = whenAnalyses();
    const analyses = new Map();
    publishAnalyses(analyses);
    expect(await waiting).toBe(analyses);
    expect(takeAnalyses()).toBe(analyses);
    expect(contentGeneration()).toBe(before + 1);
  });
});

describe('publishContentProblems', () => {
  test('keeps the problems of each folder apart, and counts actor files as a new generation of content', () => {
    const before = contentGeneration();
    const problem = { file: 'content/actors/x.md', line: 1, severity: 'error' as const, message: 'm', fix: 'f' };
    publishContentProblems('articles', []);
    publishContentProblems('actors', [problem]);
    expect(takeContentProblems()).toEqual({ articles: [], actors: [problem] });
    expect(contentGeneration()).toBe(before + 1);
  });
});
