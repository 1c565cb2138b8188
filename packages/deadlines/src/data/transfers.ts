import type { LegalSource, WorkingDayTransfer } from '../schema.js';

function cabinetOrder(
  number: string,
  adopted: string,
  year: number,
  zakonId: string,
  note: string,
): LegalSource {
  return {
    id: `kmu-order-${number.replace('-р', '')}-${adopted.slice(0, 4)}`,
    act: {
      uk: `Розпорядження Кабінету Міністрів України «Про перенесення робочих днів у ${year} році»`,
      en: `Cabinet of Ministers order on the transfer of working days in ${year}`,
    },
    number,
    adopted,
    url: `https://zakon.rada.gov.ua/laws/show/${zakonId}`,
    verified: false,
    note,
  };
}

const ORDER_2014 = cabinetOrder(
  '920-р',
  '2013-11-21',
  2014,
  '920-2013-р',
  'Full text on qdpro.com.ua/document/57117.',
);
const ORDER_2015 = cabinetOrder(
  '1084-р',
  '2014-11-12',
  2015,
  '1084-2014-р',
  'Text reproduced on profkom.info.',
);
const ORDER_2016 = cabinetOrder('1155-р', '2015-11-11', 2016, '1155-2015-р', 'Full text on kadrovik.ua.');
const ORDER_2017 = cabinetOrder(
  '850-р',
  '2016-11-16',
  2017,
  '850-2016-р',
  'Cited by a court site (vs.mk.court.gov.ua).',
);
const ORDER_2018 = cabinetOrder('1-р', '2018-01-11', 2018, '1-2018-р', 'Full text on zib.com.ua.');
const ORDER_2019 = cabinetOrder('7-р', '2019-01-10', 2019, '7-2019-р', 'Cited by council and news sites.');
const ORDER_2020 = cabinetOrder(
  '995-р',
  '2019-10-23',
  2020,
  '995-2019-р',
  'Cited by kontrakty.ua and Interfax-Ukraine.',
);
const ORDER_2021 = cabinetOrder('1191-р', '2020-09-30', 2021, '1191-2020-р', 'Cited by council news sites.');
const ORDER_2022 = cabinetOrder(
  '1004-р',
  '2021-08-26',
  2022,
  '1004-2021-р',
  'Adoption on 26.08.2021 and both transfers reported by lypa.com.ua and news.liga.net; the number is cited only by python-holidays. The June transfer fell under martial law (Art. 67 parts 3–5 of КЗпП not applied from 24.03.2022).',
);

/**
 * The Cabinet of Ministers' recommended transfers of working days, 2014–2022: each weekday made a day off and
 * the Saturday worked instead. None has been issued under martial law.
 */
export const WORKING_DAY_TRANSFERS: readonly WorkingDayTransfer[] = [
  { dayOff: '2014-01-02', workingDay: '2014-01-11', basis: [ORDER_2014] },
  { dayOff: '2014-01-03', workingDay: '2014-01-25', basis: [ORDER_2014] },
  { dayOff: '2014-01-06', workingDay: '2014-02-08', basis: [ORDER_2014] },
  { dayOff: '2015-01-02', workingDay: '2015-01-17', basis: [ORDER_2015] },
  { dayOff: '2015-01-08', workingDay: '2015-01-31', basis: [ORDER_2015] },
  { dayOff: '2015-01-09', workingDay: '2015-02-14', basis: [ORDER_2015] },
  { dayOff: '2016-01-08', workingDay: '2016-01-16', basis: [ORDER_2016] },
  { dayOff: '2016-03-07', workingDay: '2016-03-12', basis: [ORDER_2016] },
  { dayOff: '2016-06-27', workingDay: '2016-07-02', basis: [ORDER_2016] },
  { dayOff: '2017-05-08', workingDay: '2017-05-13', basis: [ORDER_2017] },
  { dayOff: '2017-08-25', workingDay: '2017-08-19', basis: [ORDER_2017] },
  { dayOff: '2018-03-09', workingDay: '2018-03-03', basis: [ORDER_2018] },
  { dayOff: '2018-04-30', workingDay: '2018-05-05', basis: [ORDER_2018] },
  { dayOff: '2018-06-29', workingDay: '2018-06-23', basis: [ORDER_2018] },
  { dayOff: '2018-12-24', workingDay: '2018-12-22', basis: [ORDER_2018] },
  { dayOff: '2018-12-31', workingDay: '2018-12-29', basis: [ORDER_2018] },
  { dayOff: '2019-04-30', workingDay: '2019-05-11', basis: [ORDER_2019] },
  { dayOff: '2019-12-30', workingDay: '2019-12-21', basis: [ORDER_2019] },
  { dayOff: '2019-12-31', workingDay: '2019-12-28', basis: [ORDER_2019] },
  { dayOff: '2020-01-06', workingDay: '2020-01-11', basis: [ORDER_2020] },
  { dayOff: '2021-01-08', workingDay: '2021-01-16', basis: [ORDER_2021] },
  { dayOff: '2021-08-23', workingDay: '2021-08-28', basis: [ORDER_2021] },
  { dayOff: '2021-10-15', workingDay: '2021-10-23', basis: [ORDER_2021] },
  { dayOff: '2022-03-07', workingDay: '2022-03-12', basis: [ORDER_2022] },
  { dayOff: '2022-06-27', workingDay: '2022-07-02', basis: [ORDER_2022] },
];
