// The three delivery models as one record of data: how the documents reach the provider (the transfer stage of the
// case machine), the officials and stages of the technological card, and who may send which event, each with its
// citation. The case machines, technological cards, diagrams and permission checks are built from it.

import { type Citation, defaultActRegister, type LegalSource, type LocalizedText } from '@vikno/law';
import type { CaseEventType, Role } from './events.js';
import { PROCEDURE_RULES } from './procedure-rules.js';

/** A delivery model: I (electronic, «Соціальна громада»), II (УСЗН front office in the CNAP), III (paper, registers). */
export type Model = 'I' | 'II' | 'III';

/**
 * The action of an official at a stage, as technological cards mark it: `В` performs (виконує), `У` takes part
 * (бере участь), `П` agrees (погоджує), `З` approves (затверджує).
 */
export type StageAction = 'В' | 'У' | 'П' | 'З';

/**
 * The officials a technological card names, by key: the CNAP administrator, the УСЗН specialist seated in the CNAP
 * (model II), an official of the provider, and the provider's head.
 *
 * @example
 * ```ts
 * import { OFFICIALS } from '@vikno/workflows';
 *
 * OFFICIALS.specialist.uk;
 * //=> 'Спеціаліст УСЗН у ЦНАП'
 * ```
 */
export const OFFICIALS = {
  administrator: { uk: 'Адміністратор ЦНАП', en: 'CNAP administrator' },
  specialist: { uk: 'Спеціаліст УСЗН у ЦНАП', en: 'USZN specialist at the CNAP' },
  providerOfficial: { uk: 'Посадова особа суб’єкта надання', en: 'Official of the provider' },
  head: { uk: 'Керівник суб’єкта надання', en: 'Head of the provider' },
} as const satisfies Record<string, LocalizedText>;
/** An official a technological card names. */
export type Official = keyof typeof OFFICIALS;

/**
 * Which term a stage of a technological card runs in:
 *
 * - `onApplication`: on the day of application;
 * - `transfer`: the transfer term of the case (`DEFAULT_TRANSFER_TERM`);
 * - `decision`: the service's term from the catalogue;
 * - `afterTransfer`: after the electronic transfer (model I's paper originals);
 * - `notification`: the notification term of the case (`OPERATIONAL_DEFAULTS.notification`);
 * - `whenApplicantComes`: when the applicant comes for the result;
 * - `cure`: the term to cure the defects of an application left without movement (Law 2073-IX);
 * - `hearing`: the period for the applicant to present a position before an adverse decision (Law 2073-IX).
 */
export type StageTerm =
  | 'onApplication'
  | 'transfer'
  | 'decision'
  | 'afterTransfer'
  | 'notification'
  | 'whenApplicantComes'
  | 'cure'
  | 'hearing';

/**
 * One stage of a model's technological card: what is done, by whom with which action, in which term, and, for a
 * stage the law on administrative procedure prescribes, the provisions it rests on (`PROCEDURE_RULES`).
 */
export interface StageDefinition {
  readonly stage: LocalizedText;
  readonly officials: readonly { readonly official: Official; readonly action: StageAction }[];
  readonly term: StageTerm;
  /** The provisions the stage itself rests on, beside those of its term. */
  readonly basis?: readonly LegalSource[];
}

/** One step of a model's transfer stage: the state that waits, the event that moves it, and where it goes. */
export interface TransferStep {
  /** The state of the transfer stage waiting for the event. */
  readonly in: string;
  /** The event that moves the case on. */
  readonly on: CaseEventType;
  /** The next state of the transfer stage, or `consideration` once the provider has the file. */
  readonly to: string;
  /** What the case records on it: the register's id, or the transfer done (the provider office it names). */
  readonly actions: readonly ('recordRegister' | 'transferDone')[];
}

/** A delivery model as data: its transfer, its technological card and its permissions, each with its basis. */
export interface DeliveryModel {
  readonly name: LocalizedText;
  readonly transfer: {
    /** In order: the first step's state is where the transfer starts; the last leads to `consideration`. */
    readonly steps: readonly TransferStep[];
    /** Whether the paper originals follow an electronic transfer (`ORIGINALS.RECEIVED`). */
    readonly originalsFollow: boolean;
    readonly basis: readonly LegalSource[];
  };
  readonly card: {
    readonly stages: readonly StageDefinition[];
    readonly basis: readonly LegalSource[];
  };
  readonly permissions: {
    /** The roles that may send each event a case of this model takes. */
    readonly roles: Readonly<Partial<Record<CaseEventType, readonly Role[]>>>;
    readonly basis: readonly LegalSource[];
  };
}

const cite = (citation: Citation) => defaultActRegister().cite(citation, 'DELIVERY_MODELS');

const MATERIAL_NOTE =
  'Read in the methodical material itself (the project’s seed 001): guidance on the three models, not a ' +
  'normative act.';

const MODEL_I = cite({
  act: 'models-of-apsh-in-cnap',
  provision: { uk: 'модель I, «Спосіб взаємодії»', en: 'model I, way of interaction' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'приймання документів для отримання послуг та внесення відомостей у … ПК «ІІС «Соціальна громада»; ' +
    'передача документів в електронному вигляді до управління соціального захисту населення (УСЗН), прийняття ' +
    'на підставі цих документів рішення про надання АПСХ та зворотне інформування ЦНАП. Паперові документи ' +
    'передаються постфактум',
  note: MATERIAL_NOTE,
});

const MODEL_II = cite({
  act: 'models-of-apsh-in-cnap',
  provision: { uk: 'модель II, «Спосіб взаємодії»', en: 'model II, way of interaction' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'представники фронт-офісу УСЗН входять до посадового складу ЦНАП … їх постійні робочі місця розміщено у ' +
    'ЦНАП; приймання документів для отримання послуг: у паперовому вигляді …; передача документів до УСЗН: в ' +
    'паперовому вигляді та прийняття на підставі них рішення про надання АПСХ та зворотне інформування ЦНАП.',
  note: MATERIAL_NOTE,
});

const MODEL_III = cite({
  act: 'models-of-apsh-in-cnap',
  provision: { uk: 'модель III, «Спосіб взаємодії»', en: 'model III, way of interaction' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'приймання документів для отримання послуг: у паперовому вигляді …; передання документів до УСЗН: в ' +
    'паперовому вигляді, прийняття на підставі них рішення про надання АПСХ та зворотне інформування ЦНАП.',
  note: `${MATERIAL_NOTE} The transfer registers are not in it: they follow seed 004 (TRANSFER_REGISTERS).`,
});

/** The transfer registers of model III: how a hromada front office passes applications on (seed 004). */
const TRANSFER_REGISTERS = cite({
  act: 'hromada-front-office-starostats',
  provision: { uk: 'функції фронт-офісу старостату', en: 'functions of the starostat front office' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Реєструє прийняті заяви у відповідному журналі … Передає прийняті заяви на УСЗН за реєстрами передавання ' +
    'документів … Передає реєстри начальнику відділу і зберігає в окремій справі',
  note:
    'Read in the methodical material itself (the project’s seed 004): the practice of one hromada, not a ' +
    'normative act. The steps of a register (add, dispatch, receipt signed) are this library’s reading of it.',
});

const RECEIVERS_I_III = cite({
  act: 'models-of-apsh-in-cnap',
  provision: { uk: 'моделі I і III: хто надає послуги', en: 'models I and III: who delivers the services' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'адміністратором ЦНАП/ терпідрозділу (ТП)/віддаленого робочого місця (ВРМ); уповноваженою особою ОМС (ОТГ) ' +
    'у сфері соціального захисту населення (з функціями адміністратора), яка входить до складу ЦНАП',
  note:
    `${MATERIAL_NOTE} Only who receives and passes on the documents is from it; that the decision-maker alone ` +
    'decides, that the УСЗН specialist may act for the provider, and the host’s `system` role are this ' +
    'library’s design.',
});

const RECEIVERS_II = cite({
  act: 'models-of-apsh-in-cnap',
  provision: { uk: 'модель II: хто надає послуги', en: 'model II: who delivers the services' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'представником УСЗН (в тому числі з функціями адміністратора) – для райцентрів та міст обласного значення',
  note:
    `${MATERIAL_NOTE} Only that the УСЗН representative receives the documents is from it; the other roles are ` +
    'this library’s design, kept the same in every model.',
});

/** The CNAP's own staff: its administrators (also of a ТП or ВРМ) and officials authorised by the council. */
const OFFICE_STAFF: readonly Role[] = ['cnapAdministrator', 'remoteAdministrator', 'authorisedOfficial'];

/** Who may send the events every model takes, from intake to the result. */
const EVERY_MODEL: Readonly<Partial<Record<CaseEventType, readonly Role[]>>> = {
  'PACKAGE.CHECKED': [...OFFICE_STAFF, 'usznSpecialist'],
  'DOCUMENTS.REQUESTED': ['decisionMaker', 'usznSpecialist'],
  'DOCUMENTS.RECEIVED': [...OFFICE_STAFF, 'usznSpecialist'],
  'DECISION.MADE': ['decisionMaker'],
  'CNAP.INFORMED': ['decisionMaker', 'usznSpecialist', 'system'],
  'APPLICANT.NOTIFIED': [...OFFICE_STAFF, 'usznSpecialist', 'system'],
  'RESULT.ISSUED': [...OFFICE_STAFF, 'usznSpecialist'],
  'APPLICATION.WITHDRAWN': ['applicant', ...OFFICE_STAFF, 'usznSpecialist'],
  TICK: ['system'],
  'DEFECTS.CURED': [...OFFICE_STAFF, 'usznSpecialist'],
  'APPLICATION.RETURNED': [...OFFICE_STAFF, 'usznSpecialist'],
  'HEARING.NOTIFIED': ['decisionMaker', 'usznSpecialist'],
  'POSITION.PRESENTED': ['applicant', ...OFFICE_STAFF, 'usznSpecialist', 'decisionMaker'],
  'TERM.EXTENDED': ['decisionMaker'],
  'DECISION.DELIVERED': [...OFFICE_STAFF, 'usznSpecialist', 'decisionMaker', 'system'],
  'FILE.ACCESS_REQUESTED': ['applicant', ...OFFICE_STAFF, 'usznSpecialist'],
  'FILE.ACCESS_GIVEN': [...OFFICE_STAFF, 'usznSpecialist', 'decisionMaker'],
  'CASE.REOPENED': ['system'],
  'DECISION.REPLACED': ['system'],
};

/** The stages every model's card has, in words. */
const STAGE = {
  intake: {
    uk: 'Прийом, перевірка повноти пакета документів, реєстрація заяви, повідомлення заявника про орієнтовний строк',
    en: 'Receiving the application, checking the package, registering it, telling the applicant the expected term',
  },
  withoutMovement: {
    uk: 'Якщо заява має недоліки: залишення без руху з переліком недоліків і строком на їх усунення; усунуті вчасно — заява вважається поданою в день первинного подання, не усунуті — повернення заяви з підставами',
    en: 'If the application has defects: leaving it without movement with the list of defects and a term to cure them; cured in time, it counts as filed on the first day; not cured, it is returned with the reasons',
  },
  hearing: {
    uk: 'Перед несприятливим рішенням (відмова, часткове задоволення): повідомлення заявника про підстави та строк для подання позиції, заслуховування',
    en: 'Before an adverse decision (a refusal, a partial grant): telling the applicant the grounds and the period to present a position, and hearing it',
  },
  decision: { uk: 'Розгляд документів і прийняття рішення', en: 'Considering the documents and deciding' },
  informing: {
    uk: 'Інформування ЦНАП про рішення, повідомлення заявника; доведення рішення до заявника з порядком його оскарження',
    en: 'Informing the CNAP of the decision and notifying the applicant; delivering the decision with how to appeal it',
  },
  issue: { uk: 'Видача результату заявнику', en: 'Handing the result to the applicant' },
} as const satisfies Record<string, LocalizedText>;

/** The stages the law on administrative procedure prescribes, with the rules they carry out. */
const PROCEDURE_STAGE = {
  withoutMovement: {
    stage: STAGE.withoutMovement,
    basis: [
      ...PROCEDURE_RULES.leftWithoutMovement.basis,
      ...PROCEDURE_RULES.cured.basis,
      ...PROCEDURE_RULES.uncured.basis,
    ],
  },
  hearing: {
    stage: STAGE.hearing,
    basis: [...PROCEDURE_RULES.hearing.basis, ...PROCEDURE_RULES.hearingExceptions.basis],
  },
} as const;

/**
 * The three delivery models (моделі надання АПСХ через ЦНАП) as one record: per model, its transfer stage (the
 * states of the case machine between registration and consideration), the stages and officials of its
 * technological card, and which roles may send which event, each with its basis. `caseMachine`,
 * `technologicalCard`, `toMermaid` of the machines and the cases' permission checks are built from it; the
 * union of its permissions is `PERMISSIONS`.
 *
 * @example
 * ```ts
 * import { DELIVERY_MODELS } from '@vikno/workflows';
 *
 * DELIVERY_MODELS.III.transfer.steps.map((step) => step.on);
 * //=> ['TRANSFER.ADDED', 'TRANSFER.DISPATCHED', 'TRANSFER.RECEIVED']
 * DELIVERY_MODELS.II.card.stages[0]?.officials;
 * //=> [{ official: 'specialist', action: 'В' }]
 * DELIVERY_MODELS.I.permissions.roles['TRANSFER.SENT'];
 * //=> ['cnapAdministrator', 'remoteAdministrator', 'authorisedOfficial']
 * ```
 */
export const DELIVERY_MODELS = {
  I: {
    name: {
      uk: 'Через ЦНАП з використанням ПК «ІІС «Соціальна громада», електронна передача',
      en: 'Through the CNAP with «Соціальна громада», electronic transfer',
    },
    transfer: {
      steps: [
        {
          in: 'awaitingElectronicTransfer',
          on: 'TRANSFER.SENT',
          to: 'consideration',
          actions: ['transferDone'],
        },
      ],
      originalsFollow: true,
      basis: [MODEL_I],
    },
    card: {
      stages: [
        {
          stage: STAGE.intake,
          officials: [{ official: 'administrator', action: 'В' }],
          term: 'onApplication',
        },
        {
          ...PROCEDURE_STAGE.withoutMovement,
          officials: [{ official: 'administrator', action: 'В' }],
          term: 'cure',
        },
        {
          stage: {
            uk: 'Внесення заяви до ІІС «Соціальна громада» зі скан-копіями всіх документів та електронна передача суб’єкту надання',
            en: 'Entering the application into «Social Hromada» with every document scanned, and sending it electronically',
          },
          officials: [{ official: 'administrator', action: 'В' }],
          term: 'transfer',
        },
        {
          ...PROCEDURE_STAGE.hearing,
          officials: [{ official: 'providerOfficial', action: 'В' }],
          term: 'hearing',
        },
        {
          stage: STAGE.decision,
          officials: [
            { official: 'providerOfficial', action: 'В' },
            { official: 'head', action: 'З' },
          ],
          term: 'decision',
        },
        {
          stage: {
            uk: 'Передача паперових оригіналів документів суб’єкту надання за реєстром',
            en: 'Passing the paper originals to the provider in a transfer register',
          },
          officials: [
            { official: 'administrator', action: 'В' },
            { official: 'providerOfficial', action: 'У' },
          ],
          term: 'afterTransfer',
        },
        {
          stage: STAGE.informing,
          officials: [
            { official: 'providerOfficial', action: 'В' },
            { official: 'administrator', action: 'У' },
          ],
          term: 'notification',
        },
        {
          stage: STAGE.issue,
          officials: [{ official: 'administrator', action: 'В' }],
          term: 'whenApplicantComes',
        },
      ],
      basis: [MODEL_I],
    },
    permissions: {
      roles: {
        ...EVERY_MODEL,
        'TRANSFER.SENT': OFFICE_STAFF,
        'ORIGINALS.RECEIVED': ['usznSpecialist', 'system'],
      },
      basis: [RECEIVERS_I_III],
    },
  },
  II: {
    name: {
      uk: 'Фронт-офіс УСЗН у ЦНАП, паперові документи',
      en: 'The УСЗН front office inside the CNAP, on paper',
    },
    transfer: {
      steps: [
        {
          in: 'awaitingHandover',
          on: 'TRANSFER.HANDED_OVER',
          to: 'consideration',
          actions: ['transferDone'],
        },
      ],
      originalsFollow: false,
      basis: [MODEL_II],
    },
    card: {
      stages: [
        {
          stage: STAGE.intake,
          officials: [{ official: 'specialist', action: 'В' }],
          term: 'onApplication',
        },
        {
          ...PROCEDURE_STAGE.withoutMovement,
          officials: [{ official: 'specialist', action: 'В' }],
          term: 'cure',
        },
        {
          stage: {
            uk: 'Передача паперової справи до бек-офісу суб’єкта надання',
            en: 'Handing the paper file to the provider’s back office',
          },
          officials: [{ official: 'specialist', action: 'В' }],
          term: 'transfer',
        },
        {
          ...PROCEDURE_STAGE.hearing,
          officials: [{ official: 'providerOfficial', action: 'В' }],
          term: 'hearing',
        },
        {
          stage: STAGE.decision,
          officials: [
            { official: 'providerOfficial', action: 'В' },
            { official: 'head', action: 'З' },
          ],
          term: 'decision',
        },
        {
          stage: STAGE.informing,
          officials: [
            { official: 'providerOfficial', action: 'В' },
            { official: 'specialist', action: 'У' },
          ],
          term: 'notification',
        },
        {
          stage: STAGE.issue,
          officials: [{ official: 'specialist', action: 'В' }],
          term: 'whenApplicantComes',
        },
      ],
      basis: [MODEL_II],
    },
    permissions: {
      roles: { ...EVERY_MODEL, 'TRANSFER.HANDED_OVER': ['usznSpecialist'] },
      basis: [RECEIVERS_II],
    },
  },
  III: {
    name: {
      uk: 'Через ЦНАП без ПК «ІІС «Соціальна громада», паперові документи за реєстрами передавання',
      en: 'Through the CNAP on paper, with transfer registers',
    },
    transfer: {
      steps: [
        { in: 'awaitingRegister', on: 'TRANSFER.ADDED', to: 'inRegister', actions: ['recordRegister'] },
        { in: 'inRegister', on: 'TRANSFER.DISPATCHED', to: 'inTransit', actions: [] },
        { in: 'inTransit', on: 'TRANSFER.RECEIVED', to: 'consideration', actions: ['transferDone'] },
      ],
      originalsFollow: false,
      basis: [MODEL_III, TRANSFER_REGISTERS],
    },
    card: {
      stages: [
        {
          stage: STAGE.intake,
          officials: [{ official: 'administrator', action: 'В' }],
          term: 'onApplication',
        },
        {
          ...PROCEDURE_STAGE.withoutMovement,
          officials: [{ official: 'administrator', action: 'В' }],
          term: 'cure',
        },
        {
          stage: {
            uk: 'Включення справи до реєстру передавання документів, передача реєстру суб’єкту надання з підписом про отримання',
            en: 'Entering the case in a transfer register and handing the register over, signed on receipt',
          },
          officials: [
            { official: 'administrator', action: 'В' },
            { official: 'providerOfficial', action: 'У' },
          ],
          term: 'transfer',
        },
        {
          ...PROCEDURE_STAGE.hearing,
          officials: [{ official: 'providerOfficial', action: 'В' }],
          term: 'hearing',
        },
        {
          stage: STAGE.decision,
          officials: [
            { official: 'providerOfficial', action: 'В' },
            { official: 'head', action: 'З' },
          ],
          term: 'decision',
        },
        {
          stage: STAGE.informing,
          officials: [
            { official: 'providerOfficial', action: 'В' },
            { official: 'administrator', action: 'У' },
          ],
          term: 'notification',
        },
        {
          stage: STAGE.issue,
          officials: [{ official: 'administrator', action: 'В' }],
          term: 'whenApplicantComes',
        },
      ],
      basis: [MODEL_III],
    },
    permissions: {
      roles: {
        ...EVERY_MODEL,
        'TRANSFER.ADDED': [...OFFICE_STAFF, 'system'],
        'TRANSFER.DISPATCHED': [...OFFICE_STAFF, 'system'],
        'TRANSFER.RECEIVED': ['usznSpecialist', 'system'],
      },
      basis: [RECEIVERS_I_III],
    },
  },
} as const satisfies Record<Model, DeliveryModel>;
