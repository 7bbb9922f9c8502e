/**
 * Word sets that several cue finders read (articles, speaking kinds, clause openers, prepositions), built once
 * from the lexicons in src/engine/lexicons/.
 */
import remarkNounsJson from '../../lexicons/remark-nouns.json' with { type: 'json' };
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };
import betweenSubjectAndVerbJson from '../../lexicons/between-subject-and-verb.json' with { type: 'json' };
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import pronounsJson from '../../lexicons/pronouns.json' with { type: 'json' };

/** Words that may stand between a subject and its speech verb ("also", "later", "has"). */
export const SKIP_BEFORE_VERB: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.cueSubject);
/** Words that may open a clause before its subject ("but", "however", "the"). */
export const CLAUSE_INTRO: ReadonlySet<string> = new Set(clauseOpenersJson.beforeASubject);
/**
 * Auxiliaries ("was", "had", "will"): right after a name they open a clause with that name as subject ("said Holt was
 * …"), after a verb of saying the clause it reports ("said the children had been told").
 */
export const AUXILIARIES: ReadonlySet<string> = new Set(verbFormsJson.auxiliaries);
/** Articles ("the", "a", "an"). */
export const ARTICLES: ReadonlySet<string> = new Set(determinersJson.articles);
/** The kinds of mention that can speak. */
export const SPEAKING_KINDS = new Set(['person', 'anonymous', 'organization', 'group']);
/** Nouns for what someone said ("remarks", "words", "message"). */
export const REMARK_NOUNS: ReadonlySet<string> = new Set(remarkNounsJson.nouns);

/** Prepositions before the owner of a role or a document ("of", "at", "from"). */
export const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.owner);

/** Relative words that open a clause about a thing ("which", "that", "whose"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(pronounsJson.relative);
/** Prepositions that take an object ("for", "of", "by", "with"). */
export const PREPOSITIONS_BEFORE_OBJECT: ReadonlySet<string> = new Set(prepositionsJson.beforeAnObject);
/** Prepositions before where a person works ("of", "at", "from", "for"). */
export const PREPOSITIONS_OF_AFFILIATION: ReadonlySet<string> = new Set(prepositionsJson.affiliation);
