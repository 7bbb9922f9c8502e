/**
 * The gender a person's mentions show (honorifics, gendered nouns, he/she), as a type of its own so that the resolver's
 * context can name it without importing the gender finder (`./find-genders.ts`), which reads the resolver's windows.
 */
export type Gender = 'male' | 'female' | 'unknown';
