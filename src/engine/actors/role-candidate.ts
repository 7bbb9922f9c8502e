/**
 * The shape of a role used in place of a name, found by actors stage 5 and by the back references it calls on
 * (`modified-back-reference.ts`, `committee-members.ts`), and resolved in stage 6.
 */
/** A role standing for a person, inclusive token indexes (determiner included). */
export interface RoleCandidate {
  paragraph: number;
  first: number;
  last: number;
  /** The title head ("leader", "president", "spokesman"). */
  head: string;
  country?: string;
  affiliation?: string;
  surface: string;
  inQuote: boolean;
  /** Capitalised words before the head that are neither a country nor a known institution ("the Harlow manager"). */
  qualifier?: string;
  /** True for "the authority", "the department": an organisation named before, not a person. */
  organization?: boolean;
  /** For "Day's animal foundation": the owner's word (folded), which the organisation's name must hold too. */
  owner?: string;
  /** For "the select committee": the modifier words (folded), which the organisation's name must all hold too. */
  modifiers?: string[];
  /** For "the MPs": the members of a parliamentary committee, standing for the committee (`committee-members.ts`). */
  members?: true;
  /** For "the prime minister's office": an office owned by a post, a body named by those words (`post-office.ts`). */
  postOffice?: true;
}
