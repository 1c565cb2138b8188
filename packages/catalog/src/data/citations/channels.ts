import type { Citation } from '@vikno/law';

/*
 * Citations on where applications for social support are taken and how a CNAP passes them on (issue 14, channels and
 * delivery models). What they establish, and what they leave open:
 *
 * - From 01.01.2021 the social protection units of district state administrations take applications only by post or
 *   electronically; CNAP officials and the hromada's authorised officials take them in person and pass them on (КМУ
 *   1035 of 28.10.2020, known from notices; its text was not read). The social protection bodies of city councils of
 *   cities of oblast significance and of Kyiv's district administrations kept taking them in person. So `usznOffice`
 *   stays in the channels of the services that list it: the catalogue's provider is the social protection unit «of
 *   the district administration or council», and a city council's unit still takes applications at its office.
 * - Which information system carries a CNAP's case to the Pension Fund after 01.07.2025, and whether «Соціальна
 *   громада» still does, was not found in any source read (see the SDK's COVERAGE.md).
 */

/**
 * A district state administration's notice: from 01.01.2021 its social protection unit takes applications only by
 * post or electronically; CNAP officials and the hromada's authorised officials take them and pass them on within
 * three working days; from 01.03.2021 only with an electronic case.
 */
export const USZN_INTAKE_BY_POST_OR_ONLINE_2021: Citation = {
  act: 'andrushivka-rda-uszn-intake-2021',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«З 1 січня 2021 р. заяви з необхідними документами приймаються від громадян структурними підрозділами з ' +
    'питань соціального захисту населення районних держадміністрацій лише у разі надіслання їх поштою або в ' +
    'електронній формі (через офіційний веб-сайт Мінсоцполітики, інтегровані з ним інформаційні системи … або ' +
    'Єдиний державний веб-портал електронних послуг). Заяви з необхідними документами також приймаються ' +
    'уповноваженими посадовими особами виконавчого органу сільської, селищної, міської ради відповідної ' +
    'територіальної громади та посадовими особами центру надання адміністративних послуг, які передають їх ' +
    'протягом трьох робочих днів … З 1 березня 2021 р. … виключно з формуванням електронної справи.»',
  note:
    'One district administration’s notice; it does not list the assistance types it covers, and the Cabinet ' +
    'resolution it refers to was cut off in the copy read (the council and news pages name КМУ 1035 of ' +
    '28.10.2020). Not used to drop `usznOffice` from any service: the rule binds district administrations’ units, ' +
    'not city councils’ (see KMU_1035_CITY_BODIES_UNCHANGED).',
};

/** A hromada's news item naming КМУ 1035 of 28.10.2020 as the act behind the 01.01.2021 change. */
export const KMU_1035_NAMED_BY_COUNCIL: Citation = {
  act: 'ostrozhets-hromada-1035-notice',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«28 жовтня Кабінет Міністрів України прийняв постанову № 1035, яка розділяє повноваження органів влади та ' +
    'органів місцевого самоврядування у сфері призначення державних соціальних виплат. Так з 1 січня 2021 року ' +
    'заяви … приймаються від громадян структурними підрозділами з питань соціального захисту населення районних ' +
    'держадміністрацій лише у разі надіслання їх поштою або в електронній формі …»',
  note:
    'A council’s news item. The resolution’s own text (kmu-1035-2020) was read only in its opening, which amends ' +
    'the housing subsidy Положення (КМУ 848) п. 9; the post-or-online clause was not read there.',
};

/**
 * The Association of Ukrainian Cities on КМУ 1035, as local news reports it: the social protection bodies of city
 * councils of cities of oblast significance and of Kyiv's district administrations keep taking applications.
 */
export const KMU_1035_CITY_BODIES_UNCHANGED: Citation = {
  act: 'novohrad-rda-1035-amu-news',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Робота органів соцзахисту міських рад міст обласного значення та районних в м. Києві держадміністрацій не ' +
    'змінюється – на території міста Києва та територіальних громад, до складу яких входять території міст ' +
    'обласного значення, органи соцзахисту продовжують і приймати документи, і призн[ачати] …»',
  note:
    'News quoting the Association’s analysts, not a state body. It is why the 01.01.2021 rule does not remove ' +
    '`usznOffice` from the channels of a service whose provider may be a city council’s social protection unit.',
};

/** Regional news citing the oblast social protection department: from 01.01.2021 the hromada and the CNAP take applications. */
export const SUMY_INTAKE_2021: Citation = {
  act: 'sumy-intake-2021-news',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«з 1 січня 2021 року заяви та документи на призначення всіх видів соціальних допомог та компенсацій мають ' +
    'прийматись уповноваженими посадовими особами виконавчих органів рад та через ЦНАП. Від початку року місцеві ' +
    'управління соціального захисту населення припиняють прийом громадян.»',
  note: 'News citing the Sumy oblast department of social protection; the department’s own notice was not read.',
};

/**
 * A state body's page on the assistance to persons without pension rights and persons with disabilities (Law 1727-IV,
 * КМУ 261) in the Pension Fund era: where to apply.
 */
export const DONETSK_OVA_NO_PENSION_CHANNELS: Citation = {
  act: 'donetsk-ova-no-pension-assistance-2025',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«You may apply through: ✔ A Pension Fund service center, local government authority, or Administrative ' +
    'Service Center (CNAP); ✔ By post; ✔ Through the Diia portal or the Pension Fund’s e-services web portal; ✔ ' +
    'Via the Pension Fund’s mobile application.»',
  note:
    'The oblast administration’s page in its English version, undated; read as describing the Pension Fund era ' +
    'from its start (01.07.2025), which it does not date itself. The Fund’s mobile application is counted under ' +
    '`pfuPortal`. It says nothing of how a CNAP passes the case to the Fund.',
};
