import type { LegalSource } from '@vikno/deadlines';

/*
 * Sources shared by the registers, document types and rules. `verified: true` only when the wording was seen in
 * the official text or on a public body's page; otherwise `false` with a note.
 */

/** Law 5203-VI Art. 9: documents the state holds are not demanded from the applicant. */
export const LAW_5203_ART_9: LegalSource = {
  id: 'law-5203-vi-art-9',
  act: { uk: 'Закон України «Про адміністративні послуги»', en: 'Law of Ukraine On Administrative Services' },
  number: '5203-VI',
  adopted: '2012-09-06',
  provision: { uk: 'ст. 9', en: 'Art. 9' },
  url: 'https://zakon.rada.gov.ua/laws/show/5203-17',
  verified: false,
  note:
    'Paraphrase from a textbook (lib-net.com): the provider «не може вимагати від суб’єкта звернення документи або ' +
    'інформацію, що перебувають у володінні … державних органів та органів місцевого самоврядування» and obtains ' +
    'them «без участі суб’єкта звернення». The official wording was not read.',
};

/** Law 1689-IX Art. 5: in electronic services, documents the state holds are not submitted. */
export const LAW_1689_ART_5: LegalSource = {
  id: 'law-1689-ix-art-5',
  act: {
    uk: 'Закон України «Про особливості надання публічних (електронних публічних) послуг»',
    en: 'Law of Ukraine On the Specifics of Providing Public (Electronic Public) Services',
  },
  number: '1689-IX',
  adopted: '2021-07-15',
  provision: { uk: 'ст. 5', en: 'Art. 5' },
  url: 'https://zakon.rada.gov.ua/laws/show/1689-20',
  verified: true,
  note:
    'Quoted on protocol.ua: «такі документи та/або інформація не подаються, а в заяві … зазначаються відомості, ' +
    'необхідні для надання такої послуги … отримуються суб’єктом надання … без участі суб’єкта звернення».',
};

/** The Pension Fund's birth-assistance card: the birth is confirmed from the civil register. */
export const BIRTH_FROM_DRATS: LegalSource = {
  id: 'birth-confirmed-from-drats',
  act: {
    uk: 'Інформація ПФУ про допомогу при народженні дитини (okc.pl.ua)',
    en: 'Pension Fund information on birth assistance (okc.pl.ua)',
  },
  verified: true,
  note:
    'Quoted: «факт народження дитини на території України підтверджується за інформацією з Державного реєстру актів ' +
    'цивільного стану громадян» (domain notes §1, Art. 9).',
};

/** Seed 003: a community register replaces residence certificates (Kharkiv). */
export const SEED_COMMUNITY_REGISTER: LegalSource = {
  id: 'seed-community-register',
  act: {
    uk: 'Методичні матеріали про ЦНАП: доступ до реєстрів (приклад Харкова)',
    en: 'Methodical material on CNAPs: access to registers (the Kharkiv example)',
  },
  verified: false,
  note:
    'Seed 003: once the community register was electronic, «мешканцям міста не потрібно отримувати довідки про ' +
    'реєстрацію місця проживання». A practice, not a rule of law.',
};

/** Income data the tax service and the Pension Fund hold is not certified by the applicant (subsidy cards). */
export const INCOME_FROM_REGISTERS: LegalSource = {
  id: 'income-from-registers',
  act: {
    uk: 'Інформаційні картки житлової субсидії (onokivska-gromada.gov.ua, shostka-rada.gov.ua)',
    en: 'Housing subsidy information cards (onokivska-gromada.gov.ua, shostka-rada.gov.ua)',
  },
  verified: true,
  note:
    'Quoted: «довідки про доходи – у разі зазначення в декларації доходів, інформація про які відсутня у ДПС, ПФУ, ' +
    'фондах соціального страхування» (domain notes §5.3).',
};

/** КМУ 404 of 14.04.2021, the regulation of the Unified information system of the social sphere (ЄІССС). */
export const KMU_404_2021: LegalSource = {
  id: 'kmu-404-2021',
  act: {
    uk: 'Постанова КМУ «Деякі питання Єдиної інформаційної системи соціальної сфери»',
    en: 'Cabinet resolution on the Unified information system of the social sphere',
  },
  number: '404',
  adopted: '2021-04-14',
  url: 'https://zakon.rada.gov.ua/laws/show/404-2021-п',
  verified: false,
  note: 'Number and date per zakononline and iplex360 (domain notes §4); the title is paraphrased.',
};

/** Names of registers and their holders as commonly known; not checked against their founding acts. */
export const REGISTER_NAMES: LegalSource = {
  id: 'register-names',
  act: { uk: 'Загальновідомі назви державних реєстрів', en: 'Commonly used names of state registers' },
  verified: false,
  note: 'Names and holders from general knowledge; the founding acts were not read.',
};

/** Document names as information cards of CNAPs and the Pension Fund list them (domain notes §5). */
export const CARD_DOCUMENT_NAMES: LegalSource = {
  id: 'card-document-names',
  act: {
    uk: 'Переліки документів в інформаційних картках ЦНАП і ПФУ',
    en: 'Document lists of CNAP and Pension Fund information cards',
  },
  verified: true,
  note: 'Names as quoted from cards on gov.ua sites in the domain notes §5 (rcp.kh.ua, golos.kyivcity.gov.ua, …).',
};
