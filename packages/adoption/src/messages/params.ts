/**
 * The parameters of each message of `@vikno/adoption`: what a text may say. Never a value that was given, only
 * counts, limits and field names.
 */
export interface AdoptionMessageParams {
  /** A profile with `count` problems, listed as issues. */
  INVALID_PROFILE: { count: number };
  /** A malformed argument: `count` problems, listed as issues. */
  INVALID_INPUT: { count: number };
}
