import type { WorkingDayTransfer } from '../schema.js';
import { CALENDAR_ACTS } from './acts.js';

// Every order read recommends the transfer to the heads of enterprises, institutions and organisations for staff on
// a five-day week, and excludes bodies of the Pension Fund, Ukrposhta, the State Treasury and banks: the calendar
// applies the transfers to every CNAP, as python `holidays` does (see the package README).

const register = CALENDAR_ACTS;

const ORDER_2014 = register.cite({
  act: 'kmu-order-920-2013',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    'перенести … у 2014 роцi для працiвникiв, яким встановлено п’ятиденний робочий тиждень з двома вихiдними ' +
    'днями, робочi днi з: четверга 2 сiчня - на суботу 11 сiчня; п’ятницi 3 сiчня - на суботу 25 сiчня; ' +
    'понедiлка 6 сiчня - на суботу 8 лютого.',
  note: 'Full text read on qdpro.com.ua/document/57117 (a legal database); number and date also per gazeta.ua.',
});

const ORDER_2015 = register.cite({
  act: 'kmu-order-1084-2014',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'у 2015 році для працівників, яким установлено п’ятиденний робочий тиждень з двома вихідними днями, робочі ' +
    'дні з: п’ятниці 2 січня — на суботу 17 січня; четверга 8 січня — на суботу 31 січня; п’ятниці 9 січня — на ' +
    'суботу 14 лютого.',
  note:
    'Operative text reproduced on a trade-union site (profkom.info, «за матеріалами kmu.gov.ua»); number and date ' +
    'per snu.ucoz.ua.',
});

const ORDER_2016 = register.cite({
  act: 'kmu-order-1155-2015',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    'робочі дні з: п’ятниці 8 січня – на суботу 16 січня; понеділка 7 березня – на суботу 12 березня; ' +
    'понеділка 27 червня – на суботу 2 липня.',
  note: 'Full text with its heading («від 11 листопада 2015 р. № 1155-р») read on kadrovik.ua.',
});

const ORDER_2017 = register.cite({
  act: 'kmu-order-850-2016',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Court press notices restating the Government release of 16.11.2016 (kievskiysud.od.ua; vs.mk.court.gov.ua ' +
    'names «розпорядженням від 16.11.2016 № 850-р»): «з понеділка 8 травня на суботу 13 травня; з п’ятниці ' +
    '25 серпня – на суботу 19 серпня». The text of the order was not read.',
});

const ORDER_2018 = register.cite({
  act: 'kmu-order-1-2018',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'News citing the Government portal (from-ua.com, vo.od.ua): 9 March to 3 March, 30 April to 5 May, 29 June to ' +
    '23 June, 24 December to 22 December, 31 December to 29 December. A draft of November 2017 differed; the data ' +
    'follows the adopted order. Number and date not in the excerpts read; the old note gives the full text on ' +
    'zib.com.ua (not read again).',
});

const ORDER_2019 = register.cite({
  act: 'kmu-order-7-2019',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'A university notice (chmnu.edu.ua) naming «від 10 січня 2019 року № 7-р» and a copy of the text from an ' +
    'unnamed site: 30 April to 11 May, 30 December to 21 December, 31 December to 28 December.',
});

const ORDER_2020 = register.cite({
  act: 'kmu-order-995-2019',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Interfax (in Russian): 6 January to 11 January 2020; number and date per a university notice (chmnu.edu.ua); ' +
    'a court site (ln.te.court.gov.ua) notes the order is a recommendation and the employer decides by its own ' +
    'order. The text was not read.',
});

const ORDER_2021 = register.cite({
  act: 'kmu-order-1191-2020',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'News naming «№ 1191-р від 30 вересня» (korets.rayon.in.ua, Interfax): 8 January to 16 January, 23 August to ' +
    '28 August, 15 October to 23 October. The text was not read.',
});

const ORDER_2022 = register.cite({
  act: 'kmu-order-1004-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Adoption on 26.08.2021 and both transfers (7 March to 12 March, 27 June to 2 July) reported by news citing the ' +
    'Government site (lenta.ua, lypa.com.ua, news.liga.net); the number 1004-р is cited only by python-holidays. ' +
    'The June transfer fell under martial law (Art. 67 parts 3–5 of КЗпП not applied from 24.03.2022).',
});

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
