import type { ApplicantStage } from '../status.js';
import type { NoticeWriter } from './notice-book.js';

/** What a status says beyond its stage, in the words its texts need (days already written by the language). */
export interface StatusFacts {
  /** The day the decision is due, written; absent while it is not known (before registration, while suspended). */
  readonly dueOn?: string | undefined;
  /** Whether the decision's due day has passed with no decision. */
  readonly late: boolean;
  /** The day the applicant's own step is due (cure, position, collection), written. */
  readonly by?: string | undefined;
  /** Whether that day has passed. */
  readonly byPassed: boolean;
  /** The day a suspension began, written (while documents are awaited). */
  readonly suspendedSince?: string | undefined;
  /** The outcome of the decision in force, once there is one. */
  readonly outcome?: 'granted' | 'partiallyGranted' | 'refused' | undefined;
}

/** The texts of one stage. */
export interface StageTexts {
  readonly headline: (facts: StatusFacts) => string;
  /** Where the case is, in a sentence or two. */
  readonly details: (facts: StatusFacts) => readonly string[];
  /** What happens next; absent once nothing more happens. */
  readonly next?: ((facts: StatusFacts) => string) | undefined;
  /** What the applicant must do; absent when nothing. */
  readonly action?: ((facts: StatusFacts) => string) | undefined;
}

/** How far the decision's due day moved, in words. */
export interface MovedTexts {
  readonly suspended: (times: number, days: number) => string;
  readonly extended: (amount: number, unit: 'calendarDays' | 'workingDays') => string;
}

/** Every text of the applicant's status in one language. */
export interface StatusBook {
  readonly stages: { readonly [Stage in ApplicantStage]: StageTexts };
  readonly outcome: { readonly granted: string; readonly partiallyGranted: string; readonly refused: string };
  readonly dueOn: (day: string) => string;
  readonly late: (day: string) => string;
  readonly moved: MovedTexts;
  readonly write: NoticeWriter;
}
