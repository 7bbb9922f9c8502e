/**
 * The attribution sieves for quotes whose own sentence names no speaker, most precise first.
 * A new pattern is a new sieve file and one line here.
 */
import { nextSentenceAfterQuote } from './next-sentence-after-quote.ts';
import { quoteClosedOnNextLine } from './quote-closed-on-next-line.ts';
import { quoteLeftOpenBeforeQuote } from './quote-left-open-before-quote.ts';
import { quoteAfterReportedSpeech } from './quote-after-reported-speech.ts';
import { quoteAfterRunningSpeaker } from './quote-after-running-speaker.ts';
import { quoteLineAfterQuote } from './quote-line-after-quote.ts';
import { quoteLineAfterQuoteSpeakerNamedOn } from './quote-line-after-quote-speaker-named-on.ts';
import { quoteLineAfterNarrative } from './quote-line-after-narrative.ts';
import { quoteLineBeforeQuote } from './quote-line-before-quote.ts';
import { quoteLineAfterSubject } from './quote-line-after-subject.ts';
import { quoteLineAfterHeading } from './quote-line-after-heading.ts';
import { quoteAfterOnlyPerson } from './quote-after-only-person.ts';
import { quoteCuedByRoleOfLeadPerson } from './quote-cued-by-role-of-lead-person.ts';
import { quoteLineAfterSpeechAndNarrative } from './quote-line-after-speech-and-narrative.ts';
import { quoteReopened } from './quote-reopened.ts';
import { quoteBetweenQuotesOfOneSpeaker } from './quote-between-quotes-of-one-speaker.ts';
import { quoteAfterSpeechAcrossNarrative } from './quote-after-speech-across-narrative.ts';
import { firstPersonAboutOnePerson } from './first-person-about-one-person.ts';
import { soleTellerOfArticle } from './sole-teller-of-article.ts';
import { sameSentenceAsQuote } from './same-sentence-as-quote.ts';
import { translationOfQuote } from './translation-of-quote.ts';
import type { Sieve } from './sieve.ts';

export type { AttributedQuote, Attribution, Sieve, SieveContext } from './sieve.ts';

/**
 * In order: the same sentence, the next sentence, the next line (reopened, or only a quote, or opening on a quote when the sentence after it names the speaker again), a
 * quote closed on a later line, a quote left open before a cued one, a cue naming only a role the lead
 * person was given, reported speech just before, the last quote's speaker kept as the subject of the sentence
 * between (which quotes only others' phrases),
 * a quote by someone just after, a heading line that only names a speaker, the subject of the line before, the one person named before
 * it in its paragraph, the last speaker across lines that name nobody, reported speech across one
 * such line, a quotation's translation next to it, a full quote framed by two quotes of one speaker with nobody else
 * named between, a full-sentence quote after a person's speech and one or two sentences of narrative naming nobody else, a first-person quote in narrative about one person only, and a first-person quote in an article
 * told in one voice.
 */
export const SIEVES: readonly Sieve[] = [sameSentenceAsQuote, nextSentenceAfterQuote, quoteReopened, quoteLineAfterQuote, quoteLineAfterQuoteSpeakerNamedOn, quoteClosedOnNextLine, quoteLeftOpenBeforeQuote, quoteCuedByRoleOfLeadPerson, quoteAfterReportedSpeech, quoteAfterRunningSpeaker, quoteLineBeforeQuote, quoteLineAfterHeading, quoteLineAfterSubject, quoteAfterOnlyPerson, quoteLineAfterNarrative, quoteLineAfterSpeechAndNarrative, translationOfQuote, quoteBetweenQuotesOfOneSpeaker, quoteAfterSpeechAcrossNarrative, firstPersonAboutOnePerson, soleTellerOfArticle];
