import type { HolidayRule } from '../schema.js';
import {
  KZPP_ART_73,
  LAW_238_VIII,
  LAW_315_VIII,
  LAW_1643_IX,
  LAW_2211_VIII,
  LAW_2295_IX,
  LAW_3107_IX,
  LAW_3258_IX,
} from './sources.js';

/**
 * The holidays and non-working days of Art. 73 of the Labour Code (КЗпП) since 2014, each with the dates its
 * date and name applied. Whether a holiday is a day off is decided by the regime in force (see `regimes.ts`).
 */
export const HOLIDAY_RULES: readonly HolidayRule[] = [
  {
    id: 'new-year',
    dates: [{ rule: { month: 1, day: 1 }, basis: [KZPP_ART_73] }],
    names: [{ name: { uk: 'Новий рік', en: "New Year's Day" }, basis: [KZPP_ART_73] }],
  },
  {
    id: 'christmas-january',
    dates: [{ rule: { month: 1, day: 7 }, to: '2023-07-29', basis: [KZPP_ART_73, LAW_3258_IX] }],
    names: [{ name: { uk: 'Різдво Христове', en: 'Christmas Day (7 January)' }, basis: [KZPP_ART_73] }],
  },
  {
    id: 'womens-day',
    dates: [{ rule: { month: 3, day: 8 }, basis: [KZPP_ART_73] }],
    names: [
      { name: { uk: 'Міжнародний жіночий день', en: "International Women's Day" }, basis: [KZPP_ART_73] },
    ],
  },
  {
    id: 'easter',
    dates: [{ rule: { daysAfterEaster: 0 }, basis: [KZPP_ART_73] }],
    names: [{ name: { uk: 'Пасха (Великдень)', en: 'Easter Sunday (Orthodox)' }, basis: [KZPP_ART_73] }],
  },
  {
    id: 'labour-day',
    dates: [{ rule: { month: 5, day: 1 }, basis: [KZPP_ART_73] }],
    names: [
      {
        name: { uk: 'День міжнародної солідарності трудящих', en: "International Workers' Solidarity Day" },
        to: '2017-12-01',
        basis: [KZPP_ART_73, LAW_2211_VIII],
      },
      { name: { uk: 'День праці', en: 'Labour Day' }, from: '2017-12-02', basis: [LAW_2211_VIII] },
    ],
  },
  {
    id: 'labour-day-second',
    dates: [{ rule: { month: 5, day: 2 }, to: '2017-12-01', basis: [KZPP_ART_73, LAW_2211_VIII] }],
    names: [
      {
        name: {
          uk: 'День міжнародної солідарності трудящих',
          en: "International Workers' Solidarity Day (2 May)",
        },
        basis: [KZPP_ART_73],
      },
    ],
  },
  {
    id: 'victory-day',
    dates: [{ rule: { month: 5, day: 9 }, to: '2023-06-14', basis: [KZPP_ART_73, LAW_3107_IX] }],
    names: [
      { name: { uk: 'День Перемоги', en: 'Victory Day' }, to: '2015-05-20', basis: [KZPP_ART_73] },
      {
        name: {
          uk: 'День перемоги над нацизмом у Другій світовій війні (День перемоги)',
          en: 'Day of Victory over Nazism in World War II (Victory Day)',
        },
        from: '2015-05-21',
        basis: [LAW_315_VIII],
      },
    ],
  },
  {
    id: 'remembrance-and-victory-day',
    dates: [{ rule: { month: 5, day: 8 }, from: '2023-06-15', basis: [LAW_3107_IX] }],
    names: [
      {
        name: {
          uk: 'День пам’яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років',
          en: 'Day of Remembrance and Victory over Nazism in World War II 1939–1945',
        },
        basis: [LAW_3107_IX],
      },
    ],
  },
  {
    id: 'trinity',
    dates: [{ rule: { daysAfterEaster: 49 }, basis: [KZPP_ART_73] }],
    names: [{ name: { uk: 'Трійця', en: 'Holy Trinity Day (Orthodox)' }, basis: [KZPP_ART_73] }],
  },
  {
    id: 'constitution-day',
    dates: [{ rule: { month: 6, day: 28 }, basis: [KZPP_ART_73] }],
    names: [{ name: { uk: 'День Конституції України', en: 'Constitution Day' }, basis: [KZPP_ART_73] }],
  },
  {
    id: 'statehood-day',
    dates: [
      {
        rule: { month: 7, day: 28 },
        from: '2022-06-09',
        to: '2023-07-29',
        basis: [LAW_2295_IX, LAW_3258_IX],
      },
      { rule: { month: 7, day: 15 }, from: '2023-07-30', basis: [LAW_3258_IX] },
    ],
    names: [
      {
        name: { uk: 'День Української Державності', en: 'Day of Ukrainian Statehood' },
        basis: [LAW_2295_IX],
      },
    ],
  },
  {
    id: 'independence-day',
    dates: [{ rule: { month: 8, day: 24 }, basis: [KZPP_ART_73] }],
    names: [{ name: { uk: 'День незалежності України', en: 'Independence Day' }, basis: [KZPP_ART_73] }],
  },
  {
    id: 'defenders-day',
    dates: [
      {
        rule: { month: 10, day: 14 },
        from: '2015-03-06',
        to: '2023-07-29',
        basis: [LAW_238_VIII, LAW_3258_IX],
      },
      { rule: { month: 10, day: 1 }, from: '2023-07-30', basis: [LAW_3258_IX] },
    ],
    names: [
      {
        name: { uk: 'День захисника України', en: 'Defender of Ukraine Day' },
        to: '2021-08-03',
        basis: [LAW_238_VIII],
      },
      {
        name: { uk: 'День захисників і захисниць України', en: "Defenders' Day" },
        from: '2021-08-04',
        basis: [LAW_1643_IX],
      },
    ],
  },
  {
    id: 'christmas-december',
    dates: [{ rule: { month: 12, day: 25 }, from: '2017-12-02', basis: [LAW_2211_VIII] }],
    names: [{ name: { uk: 'Різдво Христове', en: 'Christmas Day (25 December)' }, basis: [LAW_2211_VIII] }],
  },
];
