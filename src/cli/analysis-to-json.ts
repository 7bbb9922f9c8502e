import type { AnalysedArticle } from '../engine/schema.ts';
import type { Digest } from '../engine/digest/schema.ts';

/** One article in the `analyze --json` output (format of the project's answer keys). */
export interface ArticleJson {
  file: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  published: string | null;
  updated: string | null;
  url: string | null;
  language: string | null;
  inferred: string[];
  body: string;
  removed: { kind: string; line: number; text: string }[];
  actors: { name: string; kind: string; aliases: string[]; roles: string[]; country?: string; affiliation?: string }[];
  quotes: { text: string; speaker: string | null; paragraph: number; start: number; end: number; cue: string; verb?: string; partial: boolean; rule?: string; resolution?: string }[];
  problems: { severity: string; line: number; message: string; fix: string }[];
}

/**
 * Converts an analysed article to the JSON that `analyze --json` prints: quotes name their speaker
 * by display name, and `body` is the cleaned text (paragraphs joined by blank lines).
 *
 * @param article The analysed article.
 * @param file The name to print (the input file's base name).
 * @example
 * articleToJson(processArticle({ file: 'a.txt', text }), 'a.txt').quotes[0] // => { text: '…', speaker: 'Jane Doe', … }
 */
export function articleToJson(article: AnalysedArticle, file: string): ArticleJson {
  const names = new Map(article.analysis.actors.map((a) => [a.id, a.name]));
  const m = article.meta;
  return {
    file,
    title: m.title ?? null,
    author: m.author ?? null,
    outlet: m.outlet ?? null,
    published: m.published ?? null,
    updated: m.updated ?? null,
    url: m.url ?? null,
    language: m.language ?? null,
    inferred: article.inferred,
    body: article.paragraphs.map((p) => p.text).join('\n\n'),
    removed: article.removed.map((r) => ({ kind: r.kind, line: r.line, text: r.text })),
    actors: article.analysis.actors.map((a) => ({
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      roles: a.roles,
      ...(a.country ? { country: a.country } : {}),
      ...(a.affiliation ? { affiliation: a.affiliation } : {}),
    })),
    quotes: article.analysis.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker === null ? null : (names.get(q.speaker) ?? null),
      paragraph: q.span.paragraph,
      start: q.span.start,
      end: q.span.end,
      cue: q.cue,
      ...(q.verb ? { verb: q.verb } : {}),
      partial: q.partial,
      ...(q.rule ? { rule: q.rule } : {}),
      ...(q.resolution ? { resolution: q.resolution } : {}),
    })),
    problems: article.problems.map((p) => ({ severity: p.severity, line: p.line, message: p.message, fix: p.fix })),
  };
}

/**
 * Converts the digest's statements to the `statements` array of `analyze --json`: speaker display name and,
 * per quote, the file it comes from.
 *
 * @param digest The digest built from the analysed files.
 * @param fileOf Printed file name per article slug (duplicates included).
 */
export function statementsToJson(digest: Digest, fileOf: ReadonlyMap<string, string>) {
  const actorName = new Map(digest.actors.map((a) => [a.slug, a.name]));
  const quoteById = new Map(digest.quotes.map((q) => [q.id, q]));
  return digest.statements.map((s) => ({
    speaker: actorName.get(s.speaker) ?? s.speaker,
    text: s.text,
    sources: s.articles.length,
    wordingDiffers: s.wordingDiffers,
    quotes: s.quotes.map((id) => {
      const q = quoteById.get(id)!;
      return { file: fileOf.get(q.article) ?? q.article, text: q.text };
    }),
  }));
}
