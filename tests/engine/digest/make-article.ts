import type { Actor, AnalysedArticle, Quote } from '../../../src/engine/schema.ts';
import { findDatedSentences } from '../../../src/engine/dates/find-dated-sentences.ts';
import { nameToSlug } from '../../../src/engine/text/name-to-slug.ts';

/** A hand-made analysed article for digest tests: actors by name, quotes by speaker name. */
export function makeArticle(spec: {
  file: string;
  paragraphs?: string[];
  published?: string;
  title?: string;
  actors?: (string | Partial<Actor> & { name: string })[];
  quotes?: { text: string; speaker: string | null; paragraph?: number }[];
}): AnalysedArticle {
  const actors: Actor[] = (spec.actors ?? []).map((a) => {
    const base = typeof a === 'string' ? { name: a } : a;
    return { id: nameToSlug(base.name), kind: 'person', aliases: [], roles: [], mentions: [], ...base } as Actor;
  });
  const paragraphs = (spec.paragraphs ?? [`Text of ${spec.file}.`]).map((text, index) => ({ index, text, line: index + 1 }));
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => ({
    text: q.text,
    span: { paragraph: q.paragraph ?? 0, start: 0, end: q.text.length },
    speaker: q.speaker === null ? null : nameToSlug(q.speaker),
    cue: q.speaker === null ? 'none' : 'said-after',
    partial: false,
  }));
  return {
    file: spec.file,
    format: 'text',
    meta: { ...(spec.title ? { title: spec.title } : {}), ...(spec.published ? { published: spec.published } : {}) },
    inferred: [],
    paragraphs,
    removed: [],
    problems: [],
    hash: `${spec.file}-hash`,
    analysis: { actors, quotes, dated: findDatedSentences(paragraphs, spec.published) },
  };
}
