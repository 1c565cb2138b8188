import type { Citation } from '@vikno/law';
import { DEATH_IN_DRATS, LAW_1689_ART_5, LAW_5203_ART_9 } from '../citations.js';
import { APPLICATION, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Nemovychi hromada table: documents of funeral assistance on the death of a recipient (Laws 2109-III, 1727-IV). */
const NEMOVYCKA_RECIPIENT_FUNERAL: Citation = {
  act: 'nemovycka-funeral-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Право на допомогу: Сім’я померлого або особа, яка здійснила поховання»; «Перелік документів: ' +
    '1.Заява. 2.Паспорт. 3.Ідентифікаційний код. 4.Довідка про смерть (в селах) або витяг з Державного ' +
    'реєстру актів цивільного стану громадян про смерть (в місті). 5.Довідка про те, що здійснили поховання ' +
    'за власний рахунок. 6. Довідка з місця проживання про перебування дитини на утриманні батьків»; «Розміри ' +
    'допомоги: Два розміри виплаченої допомоги згідно ЗУ … з дитинства … та ЗУ … які не мають права на ' +
    'пенсію». Published 2019 (per the page id). Item 6 has no stated condition and is left out; how items are ' +
    'handed over is not stated. A hromada’s explanation.',
};

/** The КМУ 695 application form and the death certificate (Oster technological card, domain notes §5.7 [V]). */
const FUNERAL_695_FORM: Citation = {
  act: 'kmu-695-2025',
  provision: {
    uk: 'форма заяви, затверджена постановою',
    en: 'the application form the resolution approves',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Заяви про надання державної соціальної допомоги особам, які не мають права на пенсію, та особам з ' +
    'інвалідністю за формою, затвердженою постановою Кабінету Міністрів України від 11 червня 2025 року № 695',
  note:
    'Domain notes §5.7 [V]: application «за формою, затвердженою постановою КМУ від 11 червня 2025 року № ' +
    '695», death certificate or extract (pravdorub.live copy of the Oster card; ' +
    'rcp.kh.ua/category/dopomoga/507). Seen again in this session on pravdorub.live: «свідоцтва про смерть ' +
    'одержувача … витяг з Державного реєстру актів цивільного стану громадян про смерть…». A hromada’s ' +
    'technological card (Oster, copy on pravdorub.live) names the form. Re-read 2026-11-25: Re-read on ' +
    'pravdorub.live (copy of the Oster hromada technological card for funeral assistance on the death of a ' +
    'recipient of state social assistance): the application uses the 695 form, plus the death certificate (or ' +
    'foreign equivalent) or the DRATS extract on death. kozova-rada.gov.ua lists 261/2005, 79/2021 and ' +
    '695/2025 as the basis for this funeral assistance. A local card → secondary. Text of 695 not read.',
};

/** The documents of funeral assistance on the death of a recipient of state social assistance for disability since childhood, for a child with a disability, or for persons without pension rights (Призначення допомоги на поховання у разі смерті одержувача державної соціальної допомоги особам з інвалідністю з дитинства, дітям з інвалідністю або особам, які не мають права на пенсію), by the day each list took effect. */
export const FUNERAL_ASSISTANCE_SOCIAL_RECIPIENTS: ServiceRules = {
  serviceId: 'funeral-assistance-social-recipients',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk:
            'Заява про призначення допомоги на поховання (з 01.07.2025 — за формою, затвердженою постановою ' +
            'КМУ від 11.06.2025 № 695)',
          en:
            'The application for funeral assistance (from 01.07.2025 in the form approved by Cabinet ' +
            'resolution 695 of 11.06.2025)',
        },
        basis: [NEMOVYCKA_RECIPIENT_FUNERAL, FUNERAL_695_FORM],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [NEMOVYCKA_RECIPIENT_FUNERAL],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків',
          en: 'The taxpayer registration number',
        },
        basis: [NEMOVYCKA_RECIPIENT_FUNERAL],
      },
      {
        id: 'death',
        documents: ['death-certificate'],
        form: 'original',
        reason: {
          uk:
            'Смерть одержувача допомоги: свідоцтво (довідка) про смерть або витяг з Державного реєстру актів ' +
            'цивільного стану',
          en: 'The death of the recipient: the death certificate or an extract from the civil status register',
        },
        basis: [NEMOVYCKA_RECIPIENT_FUNERAL, FUNERAL_695_FORM],
        fromRegister: { register: 'drats', basis: [DEATH_IN_DRATS, LAW_5203_ART_9, LAW_1689_ART_5] },
      },
      {
        id: 'burial-paid',
        documents: ['burial-paid-certificate'],
        form: 'original',
        reason: {
          uk: 'Підтвердження, що поховання здійснив заявник за власний рахунок',
          en: 'Proof that the applicant paid for the burial',
        },
        basis: [NEMOVYCKA_RECIPIENT_FUNERAL],
      },
    ],
  },
};
