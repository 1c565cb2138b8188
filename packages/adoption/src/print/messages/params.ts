/** The parameters of each message of the printable documents and plans, by code. */
export interface PrintMessageParams {
  REPEATED_OFFICE_ID: Record<string, never>;
  REPEATED_CHANNEL: Record<string, never>;
  CHANNEL_WITHOUT_OFFICE: { channel: 'cnapTerritorialUnit' | 'remoteWorkplace' };
  UNKNOWN_DISTRICT: Record<string, never>;
  UNKNOWN_CRITERION: Record<string, never>;
  DAY_OUT_OF_RANGE: { first: string; last: string };
  UNKNOWN_OFFICE: { kind: 'remoteWorkplace' | 'starostaDistrict' | 'territorialUnit' };
  NO_SERVICES: Record<string, never>;
  UNKNOWN_STEP: Record<string, never>;
  STEP_NOT_READY: Record<string, never>;
  DATE_BEFORE_START: Record<string, never>;
  NOT_A_WORKING_DAY: Record<string, never>;
  PROGRESS_OF_ANOTHER_PLAN: Record<string, never>;
  REPEATED_STEP: Record<string, never>;
  FINISHED_BEFORE_STARTED: Record<string, never>;
}
