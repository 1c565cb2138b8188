import { formatCount, pluralEn } from '@vikno/law';
import { noticesEn } from './notices-en.js';
import type { StatusBook, StatusFacts } from './status-book.js';

const PLACE = 'where you applied';
const outcome = (facts: StatusFacts) => (facts.outcome === undefined ? [] : [OUTCOME[facts.outcome]]);
const OUTCOME = {
  granted: 'The application has been granted.',
  partiallyGranted: 'The application has been granted in part.',
  refused: 'The application has been refused.',
} as const;

/** The applicant's status in English: plain words, no names of offices' roles or of the case's states. */
export const statusEn: StatusBook = {
  write: noticesEn.write,
  outcome: OUTCOME,
  dueOn: (day) => `The decision is due by ${day}.`,
  late: (day) => `The decision was due by ${day} and has not been taken yet.`,
  moved: {
    suspended: (times, days) =>
      `Consideration was paused${times > 1 ? ` ${formatCount(times, 'en')} times` : ''} while documents were awaited: ${formatCount(days, 'en')} ${pluralEn(days, 'day', 'days')}.`,
    extended: (amount, unit) =>
      `The term for the decision was extended by ${formatCount(amount, 'en')} ${
        unit === 'workingDays'
          ? pluralEn(amount, 'working day', 'working days')
          : pluralEn(amount, 'day', 'days')
      }.`,
  },
  stages: {
    submitted: {
      headline: () => 'Application received',
      details: () => ['The documents are being checked.'],
      next: () => 'The application will be registered, or you will be told what it lacks.',
    },
    defectsToCure: {
      headline: () => 'Application on hold',
      details: () => ['The application has defects, so it is not being considered for now.'],
      action: (f) =>
        f.byPassed
          ? `The time to fix the defects ended on ${f.by}: the application may be returned unconsidered.`
          : `Fix the defects by ${f.by} ${PLACE}.`,
      next: () =>
        'Once the defects are fixed, the application will be considered; if not, it will be returned.',
    },
    forwarded: {
      headline: () => 'Application registered',
      details: () => ['The application is being passed to the body that decides on it.'],
      next: () => 'The body will consider the application and decide.',
    },
    underReview: {
      headline: () => 'Application under consideration',
      details: (f) =>
        f.late ? ['The decision is late.'] : ['The body that decides is considering the application.'],
      next: () => 'Once the decision is taken, you will be told how to get it.',
    },
    documentsNeeded: {
      headline: () => 'More documents needed',
      details: (f) => [
        `Consideration is paused${f.suspendedSince === undefined ? '' : ` since ${f.suspendedSince}`} until the documents arrive; meanwhile the term for the decision does not run.`,
      ],
      action: () => `Bring the documents you were told of ${PLACE}.`,
      next: () => 'Once they arrive, consideration goes on and the decision day moves on.',
    },
    positionInvited: {
      headline: () => 'You may state your position',
      details: () => ['The decision may go against you, so you are heard before it is taken.'],
      action: (f) =>
        f.byPassed ? `The time to state your position ended on ${f.by}.` : `State your position by ${f.by}.`,
      next: () => 'Then the body will decide.',
    },
    decisionTaken: {
      headline: () => 'Decision taken',
      details: outcome,
      next: () =>
        'The decision will be passed on to the place where you applied, and you will be told how to get it.',
    },
    decisionReady: {
      headline: () => 'Decision ready',
      details: outcome,
      action: () => `Collect the decision ${PLACE}.`,
    },
    resultToCollect: {
      headline: () => 'Your result is waiting',
      details: outcome,
      action: (f) =>
        f.byPassed
          ? `The result was kept until ${f.by}; ask ${PLACE}.`
          : `Collect the result ${PLACE}, by ${f.by}.`,
      next: (f) => `After ${f.by} the result goes to the archive.`,
    },
    completed: {
      headline: () => 'Result collected',
      details: (f) => [...outcome(f), 'The application has been dealt with.'],
    },
    resultArchived: {
      headline: () => 'Result moved to the archive',
      details: (f) => [...outcome(f), 'The result was not collected in time, so it went to the archive.'],
      action: () => `To get the result, ask ${PLACE}.`,
    },
    applicationReturned: {
      headline: () => 'Application returned unconsidered',
      details: () => ['The defects of the application were not fixed in time, so it was returned.'],
      action: () => 'You may apply again with all the documents needed.',
    },
    applicationWithdrawn: {
      headline: () => 'Application withdrawn',
      details: () => ['The application was withdrawn at your request, and its consideration has ended.'],
    },
  },
};
