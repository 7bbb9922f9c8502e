/**
 * The engine's data shapes, declared once as zod schemas; every type is inferred from them.
 *
 * Offsets (`start`, `end`) are UTF-16 code unit indexes into the `text` of the paragraph
 * they belong to, so that a page can highlight a quote inside the exact paragraph it came from.
 */
import { z } from 'zod';

/**
 * Kinds of actor, as in the analysis JSON format. `outlet` is a news outlet or agency the article only
 * cites or relays ("according to Reuters", "told the BBC"): named, but no actor of the story; an outlet the
 * article quotes as a speaker is an `organization`.
 */
export const actorKindSchema = z.enum(['person', 'organization', 'place', 'anonymous', 'group', 'outlet']);
export type ActorKind = z.infer<typeof actorKindSchema>;

/** Front matter fields an article may carry, all optional. Dates are ISO 8601 strings. */
export const articleMetaSchema = z.object({
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  published: z.string().optional(),
  updated: z.string().optional(),
  url: z.string().optional(),
  language: z.string().optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type MetaField = keyof ArticleMeta;

/** Something wrong with an input, located by 1-based line, with the fix to apply. */
export const problemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  line: z.number().int().min(1),
  message: z.string(),
  fix: z.string(),
  /**
   * The front matter field this problem left out, when that is all it cost: the article is still readable, so a
   * lenient build publishes it without the field (a strict build stops on it all the same).
   */
  field: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** A problem together with the file it is in, printed as `file:line: severity: message. Fix: …`. */
export const fileProblemSchema = problemSchema.extend({ file: z.string() });
export type FileProblem = z.infer<typeof fileProblemSchema>;

/** A line or block that ingest removed from the text, and why. */
export const removedBlockSchema = z.object({
  kind: z.enum([
    'headline',
    'byline',
    'dateline',
    'caption',
    'credit',
    'audio-widget',
    'read-more',
    'related-headlines',
    'contributor-note',
    'duplicate-line',
    'other',
  ]),
  text: z.string(),
  line: z.number().int().min(1),
});
export type RemovedBlock = z.infer<typeof removedBlockSchema>;

/** One paragraph of the cleaned body. `line` is the 1-based line in the input file where it starts. */
export const paragraphSchema = z.object({
  index: z.number().int().min(0),
  text: z.string(),
  line: z.number().int().min(1),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

/** The result of ingest: metadata (given or inferred), clean paragraphs, what was removed. */
export const ingestedArticleSchema = z.object({
  file: z.string(),
  format: z.enum(['markdown', 'text']),
  meta: articleMetaSchema,
  /** Which meta fields were inferred from the text rather than given in front matter. */
  inferred: z.array(articleMetaSchema.keyof()),
  paragraphs: z.array(paragraphSchema),
  removed: z.array(removedBlockSchema),
  problems: z.array(problemSchema),
});
export type IngestedArticle = z.infer<typeof ingestedArticleSchema>;

/** A place in the text: paragraph index and offsets inside that paragraph's text. */
export const spanSchema = z.object({
  paragraph: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Span = z.infer<typeof spanSchema>;

/** An actor found in one article. `id` is unique within the article (a slug of the name). */
export const actorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: actorKindSchema,
  /** Other forms the article uses for the same actor ("Mr Macron", "Macron", "the French President"). */
  aliases: z.array(z.string()),
  /** Roles the text gives the actor ("French President", "Kremlin spokesman"). */
  roles: z.array(z.string()),
  /** Country (common English name) the actor belongs to, when the text shows it. */
  country: z.string().optional(),
  /** For anonymous sources and people with an organisation: the affiliation as written ("NATO"). */
  affiliation: z.string().optional(),
  /** The institutions lexicon's name for the actor ("Labour Party"), set when the article names it by another form ("Labour"). */
  canonical: z.string().optional(),
  mentions: z.array(spanSchema),
});
export type Actor = z.infer<typeof actorSchema>;

/** How a quote's speaker was found; `none` when the speaker is unknown. */
export const cueKindSchema = z.enum([
  'said-after', // "Q," NAME said  /  "Q," said NAME
  'said-before', // NAME said: "Q"
  'according-to',
  'partial', // NAME said there was "Q"
  'pronoun',
  'role', // "Q," the French leader said
  'floating', // a paragraph that is only a quote, after a quote by X
  'continuation', // next sentence or paragraph of a quote by X
  'none',
]);
export type CueKind = z.infer<typeof cueKindSchema>;

/**
 * The sieve that chose a quote's speaker (stage 1 of attribution: quote → mention). Cue rules
 * read the quote's own sentence (or the line before it); the others give an uncued quote the
 * speaker of a quote or reported-speech sentence next to it. README, "How a speaker is chosen".
 */
export const attributionRuleSchema = z.enum([
  'said-name-after-quote', // "Q," NAME said  /  "Q," said NAME
  'name-said-ending-sentence', // There was an "absolute crisis" in recruitment, the committee added.
  'name-told-listener-ending-sentence', // There was an "absolute crisis" in recruitment, Ms Roe told reporters.
  'name-said-before-quote', // NAME said: "Q"
  'name-said-partial-quote', // NAME said there was "Q"
  'set-off-teller', // The comments, said NAME of ORG in PLACE, were "Q"
  'person-of-coordinated-affiliation', // NAME of ORG and contributor to ORG2 wrote, "Q"
  'noun-labelled-quote-by-agent', // NAME announced plans, in a move branded a "Q" by AGENT.
  'remark-noun-that-clause', // his announcement that "Q"  /  NAME's claim that the vote was "Q"
  'stance-verb-quote', // NAME expressed a desire to "Q"  /  the writer supposes a "Q"
  'stance-verb-as-quote', // NAME looked at the role as a "Q"  /  citing the move as a "Q"
  'passive-frame-subject', // NAME was quoted as saying "Q"
  'free-relative-pronoun', // The Tories said it leaked in what they describe as a "Q"
  'asked-one-replies', // NAME was asked why … He replied: "Q"
  'cleft-subject', // it was NAME who VERB …, saying "Q"
  'commentators-at-body', // "Q," wrote analysts at ORG in a note
  'according-to', // "Q," according to NAME
  'as-name-put-it', // "Q," as NAME put it.
  'possessor-remark-after-quote', // "Q," was NAME's assessment.
  'bare-name-after-quote', // "Q," Mr NAME.  (the verb of saying left out)
  'name-line-after-quote', // "Q." NAME, Policy Director, ORG  (a signature ending the paragraph, no verb)
  'in-the-words-of', // In the words of NAME, "Q"  /  "Q", in the words of NAME.
  'said-colon-line-before', // NAME said: ⏎ "Q"
  'name-after-question', // "Q?" NAME asked.
  'named-in-next-sentence', // "Q." That was the message from NAME.
  'subject-colon-quote', // NAME opposed the plan: "Q"
  'disposed-subject-colon-quote', // NAME is prepared to go this far: "Q"
  'issued-document-agent', // The palace issued the following statement from the king: "Q"
  'request-noun-from-agent', // … despite a call for him to "Q" from NAME.
  'object-led-to-speak', // The backlash led Biden to express "Q" / prompting him to quip he was "Q"
  'beat-before-quote', // She pauses. "Q"
  'reported-speech-after-quote', // "Q." But change, he says, will come slowly.
  'office-named-next', // The prime minister has defended …, saying "Q". … But NAME said …  (a post, its holder named in the next sentences)
  'name-then-quoted-predicate', // Richard Thomas "totally condemned" the deletion.
  'opener-then-quoted-predicate', // On Monday, Mayor Ann Lowe "vowed to fight on" in court.
  'stated-intention-quote', // If it passes, she intends to enter the talks "with open hands".
  'inverted-verb-opens-sentence', // Remarked Acme scientist Ann Roe, "Q"
  'kin-teller-introduced', // Her son, Tom Vale, came home. "Q," her son said.
  'same-sentence-as-quote', // "Q1" and "Q2," NAME added.
  'next-sentence-after-quote', // "Q1," he said. "Q2"
  'quote-reopened', // a quote whose paragraph ends open, continued by the next
  'quote-line-after-quote', // a line that is only a quote, after a quote by NAME
  'quote-line-after-quote-speaker-named-on', // “Q1,” he said. ⏎ “Q2” … NAME2 …, NAME … (the sentence after Q2 names the speaker again)
  'quote-closed-on-next-line', // “Q1 ⏎ Q2,” he said.
  'quote-line-before-quote', // a line that is only a quote, before “Q,” said NAME.
  'quote-left-open-before-quote', // “Q1 ⏎ “Q2,” said NAME.
  'quote-line-after-narrative', // “Q1,” said NAME. ⏎ a line naming nobody ⏎ “Q2”
  'quote-after-reported-speech', // NAME said that …. "Q"  /  NAME said that … ⏎ "Q"
  'quote-after-running-speaker', // NAME said X was "P". But he dismissed claims of "P2". "Q" → NAME: the subject of the sentence between is the last quote's speaker
  'quote-line-after-subject', // Mr NAME wants …. ⏎ "Q"
  'quote-line-after-heading', // Senator NAME (D-XX), Chair of … ⏎ "Q"  (a heading line that only names the speaker)
  'quote-after-only-person', // …, leaving NAME unhappy. "Q"
  'quote-cued-by-role-of-lead-person', // Coach elated (title) ⏎ NAME praised his side. ⏎ "Q," said the national team coach.
  'quote-line-after-speech-and-narrative', // NAME said that …. ⏎ a line naming nobody ⏎ "Q"
  'translation-of-quote', // “Q in Spanish”, dijo NAME. ⏎ “Q in English”
  'quote-after-speech-across-narrative', // NAME said that …. One or two sentences about the topic naming nobody. "Q"
  'quote-between-quotes-of-one-speaker', // "Q1," said NAME. narrative naming nobody else. "Q2" ⏎ "Q3," he said.
  'first-person-about-one-person', // NAME has painted for years. "I …"  (a first-person quote in narrative about one person only)
  'sole-teller-of-article', // a memoir or profile whose every attributed quote is NAME's, nobody else saying anything: "I …"
]);
export type AttributionRule = z.infer<typeof attributionRuleSchema>;

/** How the mention a rule chose became an actor (stage 2 of attribution: mention → entity). */
export const resolutionSchema = z.enum([
  'full-name', // the name as written
  'surname-to-full-name', // "Mr Beith", "Beith" → the full name given earlier
  'role-to-person', // "the Tory co-chairman" → the person given that role
  'epithet-to-person', // "the world indoor champion" → the person the text is about
  'office-epithet-to-holder', // "the prime minister" that cannot be the person just named → the one person the article gave that office before ("Tony Blair spoke. … the prime minister told …")
  'seat-epithet-to-member', // "the MP for Sittingbourne and Sheppey" → the one person named for that seat or introduced as a member
  'noun-to-organization', // "the council", "the company" → the organisation named before
  'modified-noun-to-organization', // "the select committee" → the organisation named before whose name holds "select" and "committee"
  'noun-names-body', // "the environment select committee said" with no such body named before → the body those words name
  'noun-alone-names-body', // "the government said it would “act”" with no government named before → "government" (speaks-a-quote.ts)
  'post-names-office', // "the prime minister's office said" → the office of that post, named by those words
  'members-to-committee', // "The MPs found …" → the one parliamentary committee named before ("Commons work and pensions committee")
  'noun-to-salient-organization', // "Acme signed a striker from Benfica. … the club said" → of several, the organisation that was the subject
  'anonymous-source', // "a senior official", "the official"
  'plural-group', // "lenders have said", "Lawyers for news organisations said" → the crowd a plural common noun names
  'spokesperson-to-organization', // "a Cabinet Office spokeswoman" → the Cabinet Office
  'spokesperson-to-institution-form', // "a Conservative spokeswoman" where the article names the party "the Tories" → the Tories (organizations.json institutions)
  'pronoun-to-antecedent', // "he", "she", "it", "they" → the fitting actor named before
  'pronoun-to-salient-subject', // "Bloomberg endorsed his rival, Joe Biden. “…,” he said." → the subject before (Michael Bloomberg), not the nearest fitting mention; "… when a judge decided that nurses could stop treating NAME2. “…,” he said." → the subject before NAME2's sentence; "When he refused to back NAME2, he said: …" → whom the subordinate clause's "he" stands for
  'previous-quote-speaker', // the speaker of the quote this one continues
  'document-to-owner', // "the report said" → the owner of the report named before ("a report by Ofwat"); "RIAA's DMCA notice alleged", "a statement released by Erdogan's office", "Their statement also read" → the owner the document phrase names
  'unintroduced-document-to-reporting-body', // "The NAO urged … It said … The report said: …" → a document the article never introduced is the body's whose findings the sentences before report (the NAO)
]);
export type Resolution = z.infer<typeof resolutionSchema>;

/** A quotation found in an article. */
export const quoteSchema = z.object({
  /** The words inside the quotation marks. */
  text: z.string(),
  span: spanSchema,
  /** Actor id within the article, or null when the speaker cannot be told. */
  speaker: z.string().nullable(),
  cue: cueKindSchema,
  /** The speech verb that attributes the quote ("said", "told", "warned"), when there is one. */
  verb: z.string().optional(),
  /** True when the quote is a fragment inside reported speech rather than a full sentence. */
  partial: z.boolean(),
  /** The sieve that chose the speaker (absent when the speaker is unknown). */
  rule: attributionRuleSchema.optional(),
  /** How that sieve's mention was resolved to the speaker (absent when the speaker is unknown). */
  resolution: resolutionSchema.optional(),
});
export type Quote = z.infer<typeof quoteSchema>;

/** How precisely a sentence's date is known: a day, or a week (dated by its Monday). */
export const datePrecisionSchema = z.enum(['day', 'week']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** A sentence of the article that names a date, read against the article's own date (for the timeline). */
export const datedSentenceSchema = z.object({
  /** `index` of the paragraph. */
  paragraph: z.number().int().nonnegative(),
  /** Position of the sentence among all sentences of the article, from 0. */
  order: z.number().int().nonnegative(),
  /** The sentence's span in the paragraph's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The date (ISO 8601 day) and how precisely it is known. */
  date: z.string(),
  precision: datePrecisionSchema,
  /** Where the date expression is in the sentence. */
  at: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
});
export type DatedSentence = z.infer<typeof datedSentenceSchema>;

/** What the engine finds in one article. */
export const articleAnalysisSchema = z.object({
  actors: z.array(actorSchema),
  quotes: z.array(quoteSchema),
  /** Sentences that name a date, in article order. */
  dated: z.array(datedSentenceSchema),
});
export type ArticleAnalysis = z.infer<typeof articleAnalysisSchema>;

/** An ingested and analysed article. */
export const analysedArticleSchema = ingestedArticleSchema.extend({
  /** Hex digest of the input text, used as the article's identity and cache key. */
  hash: z.string(),
  analysis: articleAnalysisSchema,
});
export type AnalysedArticle = z.infer<typeof analysedArticleSchema>;
