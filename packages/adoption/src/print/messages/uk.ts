import type { Messages } from '@vikno/law';
import type { PrintMessageParams } from './params.js';

const CHANNELS = {
  cnapTerritorialUnit: 'територіальний підрозділ',
  remoteWorkplace: 'віддалене робоче місце',
};
const OFFICES = {
  remoteWorkplace: 'віддаленого робочого місця',
  starostaDistrict: 'старостинського округу',
  territorialUnit: 'територіального підрозділу',
};

/** The messages of the printable documents and plans in Ukrainian. */
export const uk: Messages<PrintMessageParams> = {
  REPEATED_OFFICE_ID: () => 'Ідентифікатор повторюється',
  REPEATED_CHANNEL: () => 'Канал указано більше одного разу',
  CHANNEL_WITHOUT_OFFICE: ({ channel }) =>
    `Канал «${CHANNELS[channel]}» указано, але жодного такого місця не описано`,
  UNKNOWN_DISTRICT: () => 'Такого старостинського округу в профілі немає',
  UNKNOWN_CRITERION: () => 'Такого критерію в переліку немає',
  DAY_OUT_OF_RANGE: ({ first, last }) => `День поза календарем, який знає пакет (${first} — ${last})`,
  UNKNOWN_OFFICE: ({ kind }) => `Такого ${OFFICES[kind]} в профілі ЦНАП немає`,
  NO_SERVICES: () => 'Жодна соціальна послуга не проходить через канали цього ЦНАП за цією моделлю',
  UNKNOWN_STEP: () => 'Такого кроку в плані немає',
  STEP_NOT_READY: () => 'Крок залежить від кроків, які ще не виконано',
  DATE_BEFORE_START: () => 'Дата раніша за початок кроку або плану',
  NOT_A_WORKING_DAY: () => 'День не є робочим за календарем',
  PROGRESS_OF_ANOTHER_PLAN: () => 'Стан виконання належить іншому плану',
  REPEATED_STEP: () => 'Крок указано більше одного разу',
  FINISHED_BEFORE_STARTED: () => 'Крок завершено раніше, ніж розпочато',
};
