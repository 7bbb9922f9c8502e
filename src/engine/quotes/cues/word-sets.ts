/**
 * Word sets that several cue finders read (articles, speaking kinds, clause openers, prepositions), built once
 * from the lexicons in src/engine/lexicons/.
 */
import remarkNounsJson from '../../lexicons/remark-nouns.json' with { type: 'json' };
import betweenSubjectAndVerbJson from '../../lexicons/between-subject-and-verb.json' with { type: 'json' };
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import pronounsJson from '../../lexicons/pronouns.json' with { type: 'json' };

export const SKIP_BEFORE_VERB: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.cueSubject);
export const CLAUSE_INTRO: ReadonlySet<string> = new Set(clauseOpenersJson.beforeASubject);
export const ARTICLES: ReadonlySet<string> = new Set(determinersJson.articles);
export const SPEAKING_KINDS = new Set(['person', 'anonymous', 'organization', 'group']);
export const REMARK_NOUNS: ReadonlySet<string> = new Set(remarkNounsJson.nouns);

export const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.owner);

export const RELATIVE_WORDS: ReadonlySet<string> = new Set(pronounsJson.relative);
export const PREPOSITIONS_BEFORE_OBJECT: ReadonlySet<string> = new Set(prepositionsJson.beforeAnObject);
