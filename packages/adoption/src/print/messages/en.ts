import type { Messages } from '@vikno/law';
import type { PrintMessageParams } from './params.js';

const CHANNELS = { cnapTerritorialUnit: 'territorial unit', remoteWorkplace: 'remote workplace' };
const OFFICES = {
  remoteWorkplace: 'remote workplace',
  starostaDistrict: 'starosta district',
  territorialUnit: 'territorial unit',
};

/** The messages of the printable documents and plans in English. */
export const en: Messages<PrintMessageParams> = {
  REPEATED_OFFICE_ID: () => 'The id is repeated',
  REPEATED_CHANNEL: () => 'The channel is given more than once',
  CHANNEL_WITHOUT_OFFICE: ({ channel }) =>
    `The channel "${CHANNELS[channel]}" is given, but no such place is described`,
  UNKNOWN_DISTRICT: () => 'The profile has no such starosta district',
  UNKNOWN_CRITERION: () => 'The list has no such criterion',
  DAY_OUT_OF_RANGE: ({ first, last }) =>
    `The day is outside the calendar the package knows (${first} to ${last})`,
  UNKNOWN_OFFICE: ({ kind }) => `The CNAP profile has no such ${OFFICES[kind]}`,
  NO_SERVICES: () => 'No social service goes through this CNAP’s channels under this model',
  UNKNOWN_STEP: () => 'The plan has no such step',
  STEP_NOT_READY: () => 'The step depends on steps not yet done',
  DATE_BEFORE_START: () => 'The date is before the start of the step or the plan',
  NOT_A_WORKING_DAY: () => 'The day is not a working day on the calendar',
  PROGRESS_OF_ANOTHER_PLAN: () => 'The progress belongs to another plan',
  REPEATED_STEP: () => 'The step is given more than once',
  FINISHED_BEFORE_STARTED: () => 'The step is finished before it was started',
};
