import type { Citation } from '@vikno/law';

// Law 3551-XII (the status of war veterans) as the services of the war statuses cite it.

/** Where Law 3551-XII was read. */
export const LAW_3551_NOTE =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/07754-ua-law-3551-12.json, commit 35a12f9), an edition that notes Law 4695-IX of 03.12.2025; the ' +
  'paragraph is counted in that text, and when it entered the law was not read.';

/** Law 3551-XII Art. 18: the e-certificate formed after the status is set; a paper certificate on request. */
export const LAW_3551_ART_18_CERTIFICATE: Citation = {
  act: 'law-3551-xii',
  provision: { uk: 'абз. 1, 7 ст. 18', en: 'Art. 18 paragraphs 1, 7' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Електронне посвідчення ветерана … - документ, що підтверджує статус осіб, зазначених у статтях 6-10-1 … та ' +
    'формується автоматично … після встановлення статусу …» «Особам, зазначеним у статтях 6-10-1, 16-1 цього ' +
    'Закону, видаються нагрудні знаки та за бажанням - посвідчення ветерана.»',
  note: LAW_3551_NOTE,
};
