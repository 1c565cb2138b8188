import type { Citation } from '@vikno/law';

/*
 * Citations of the services added for the coverage of 2026 (issue 14) that the shared files of the checklists
 * name, written once.
 */

/** The Vinnytsia regional administration: the hospital certifies that it did not give the baby box. */
export const VIN_BABY_BOX_NOT_ISSUED: Citation = {
  act: 'vin-baby-box-notice',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Якщо ж на момент виписки новонародженої дитини в лікарні закінчилися "пакунки малюка", то заклад має ' +
    'надати довідку про те, що «пакунок малюка» ним не видавався.»',
  note: 'The regional social and youth policy department’s page (vin.gov.ua), retelling the procedure of КМУ 1180.',
};
