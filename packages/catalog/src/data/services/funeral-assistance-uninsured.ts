import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, CEILING_TERM, FREE_AS_SOCIAL } from '../common.js';
import type { ServiceData } from '../load.js';

/** КМУ resolution 99 of 31.01.2007, funeral assistance for some categories of persons. */
const KMU_99: Citation = {
  act: 'kmu-99-2007',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '2. Визнати такою, що втратила чинність, постанову Кабінету Міністрів України від 27 грудня 2001 ' +
    'р. N 1753 "Про розмір допомоги на поховання" … 3. Ця постанова набирає чинності з дня ' +
    'опублікування.',
  note:
    'Number, date and title as cited by smr.gov.ua and admincen.mkrada.gov.ua; the text (read on ' +
    'cons.parus.ua) says it enters into force on publication — the publication date was not seen, so ' +
    'the catalogue starts the service on the adoption day. Earlier funeral assistance (КМУ 1753 of ' +
    '2001, repealed by it) is not recorded. Checked on 2026-11-25: Read on cons.parus.ua. Number and ' +
    'date confirmed; title correction: the full title is «Про затвердження Порядку надання допомоги ' +
    'на поховання деяких категорій осіб виконавцю волевиявлення померлого або особі, яка ' +
    "зобов'язалася поховати померлого» (the inventory shortens it). Adopted under Art. 13 of Law " +
    '1102-IV; signed В.ЯНУКОВИЧ. In force from publication — publication date still not seen, so the ' +
    'service start on the adoption day remains an approximation.',
};

/** Mykolaiv (Central district administration) notice on funeral assistance under КМУ 99. */
const MKRADA_FUNERAL: Citation = {
  act: 'mkrada-funeral-assistance-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Dated 29.07.2021. Quoted: «Допомога на поховання померлого (померлої) надається особам, які ' +
    'звернулися протягом 6 місяців після смерті…»; paid «за останнім місцем проживання померлого за ' +
    'рахунок міського бюджету»; documents received by the district administration’s general ' +
    'department.',
};

/** Rozdilna city council decision 756-VIII of 09.06.2021 on the local procedure under КМУ 99. */
const ROZDILNA_FUNERAL_DECISION: Citation = {
  act: 'rozdilna-council-756-viii-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Shows a hromada council setting its own rules and paying the assistance; the Положення itself ' +
    'was not read. Checked on 2026-11-25: Out of this share: it is a council decision (local act ' +
    "numbered by the council's VIII convocation), not a law; listed here only because its number " +
    'ends in -VIII. Not researched; kind should be localAct with evidence secondary at most.',
};

/** Suvorov district council (Kherson) notice: assistance under КМУ 99 given by the social protection office. */
const SUVRADA_FUNERAL: Citation = {
  act: 'suvrada-kherson-funeral-assistance-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note: 'Dated 16.02.2021: «допомога надається управлінням праці та соціального захисту населення».',
};

/** Law 1102-IV «Про поховання та похоронну справу», the enabling act of КМУ 99. */
const LAW_1102: Citation = {
  act: 'law-1102-iv',
  provision: {
    uk: 'ст. 13',
    en: 'Art. 13',
  },
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '«Стаття 13. Допомога на поховання. Виконавцю волевиявлення померлого або особі, яка ' +
    "зобов'язалася поховати померлого, надається допомога на поховання. Розмір допомоги на поховання " +
    'та порядок її надання … встановлює Кабінет Міністрів України, якщо інше не передбачено законом.»',
  note:
    'Cited as the enabling act («статті 13 Закону … (1102-15)») in the text of КМУ 99 on ' +
    'cons.parus.ua, a secondary copy; the number is read from the code. Checked on 2026-11-25: Read ' +
    'in the text of Law 2246-IV of 16.12.2004 (qdpro.com.ua legal database) which restated Art. 13 ' +
    '(in force on publication). Third paragraph: «Розмір допомоги на поховання не може бути меншим ' +
    "за розмір, визначений Кабінетом Міністрів України». ВВР 2004 № 7 ст. 47 is the law's " +
    'publication. The number 1102-IV itself and the adoption date were not seen in these copies ' +
    '(stays as read from the code 1102-15).',
};

/** CNAP catalogues list funeral assistance, but no CNAP card for the КМУ 99 variant was seen. */
const FUNERAL_VIA_CNAP_UNSEEN: Citation = {
  act: 'funeral-assistance-via-cnap-unconfirmed',
  evidence: 'none',
  checkedOn: '2026-11-22',
  note:
    'Domain notes §4 list «Допомога на поховання…» (several variants) among CNAP catalogue names, ' +
    'but no CNAP card for the КМУ 99 variant was found; in Mykolaiv documents go to the district ' +
    'administration, which no channel value describes.',
};

/** Funeral assistance for some categories of uninsured persons (КМУ 99 of 31.01.2007). */
export const FUNERAL_ASSISTANCE_UNINSURED: ServiceData = {
  id: 'funeral-assistance-uninsured',
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Надання допомоги на поховання деяких категорій осіб виконавцю волевиявлення померлого або ' +
          'особі, яка зобов’язалася поховати померлого',
        en:
          'Funeral assistance for some categories of persons to the executor of the deceased’s will or the ' +
          'person who undertook the burial',
      },
      basis: [KMU_99],
    },
  },
  description: {
    uk:
      'Одноразова допомога тому, хто поховав особу, не застраховану в системі соціального страхування ' +
      '(студента, дитину, непрацюючу особу тощо); звернутися треба протягом 6 місяців після смерті.',
    en:
      'A one-off payment to whoever buried a person not covered by social insurance (a student, a ' +
      'child, a person without work and so on); apply within 6 months of the death.',
  },
  keywords: [
    'поховання',
    'похорон',
    'допомога на поховання',
    'незастраховані',
    'смерть',
    'виконавець волевиявлення',
  ],
  available: {
    '2007-01-31': {
      value: true,
      basis: [KMU_99],
    },
  },
  provider: {
    '2007-01-31': {
      value: {
        kind: 'other',
        name: {
          uk:
            'Орган, визначений місцевою владою за останнім місцем проживання померлого: виконавчий орган ' +
            'ради або її підрозділ соціального захисту населення',
          en:
            'The body the local authority designates at the deceased’s last place of residence: the ' +
            'council’s executive body or its social protection unit',
        },
      },
      basis: [MKRADA_FUNERAL, ROZDILNA_FUNERAL_DECISION, SUVRADA_FUNERAL],
    },
  },
  legalBasis: {
    '2007-01-31': {
      value: [LAW_1102, KMU_99],
      basis: [KMU_99],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  applicationWindow: {
    '2007-01-31': {
      value: {
        event: 'death',
        within: {
          amount: 6,
          unit: 'months',
        },
        after: {
          uk: 'смерті особи',
          en: 'the death',
        },
      },
      basis: [MKRADA_FUNERAL],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про надання допомоги на поховання або про відмову в її наданні',
          en: 'A decision to grant the funeral assistance or to refuse it',
        },
      ],
      basis: [KMU_99],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2007-01-31': {
      value: ['cnap', 'usznOffice'],
      basis: [SUVRADA_FUNERAL, FUNERAL_VIA_CNAP_UNSEEN],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['deathOfRelative'],
};
