import type { Citation } from '@vikno/law';
import { KMU_509 } from '../citations/cabinet.js';
import { IDP_DELIVERY_NOTE } from '../citations/cards-and-notices.js';
import { LAW_5203_ART_10_CEILING } from '../citations/laws.js';
import { APPEAL_GENERAL, FREE_AS_SOCIAL, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** The name of the cancellation service as a news site quotes the state services portal. */
const IDP_CANCEL_NAME: Citation = {
  act: 'idp-certificate-cancellation-name-fakty-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'News site: «Прийняття рішення про скасування дії довідки про взяття на облік внутрішньо ' +
    'переміщеної особи за заявою внутрішньо переміщеної особи»; applications to social protection ' +
    'units, executive bodies of councils and CNAPs. The Register entry itself was not seen.',
};

/** Law 1706-VII Art. 12: grounds for cancelling the certificate, the first being the person’s own application. */
const LAW_1706_ART_12: Citation = {
  act: 'law-1706-vii',
  provision: {
    uk: 'ч. 1 ст. 12',
    en: 'Art. 12 part 1',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1. Підставою для відкликання довідки про взяття на облік внутрішньо переміщеної особи та внесення ' +
    'відомостей про це в Єдину інформаційну базу даних про внутрішньо переміщених осіб є обставини, за яких ' +
    'внутрішньо переміщена особа: 1) подала заяву про відмову від довідки; …» … «Рішення про відкликання або ' +
    'визнання недійсною довідки приймається керівником структурного підрозділу з питань соціального захисту ' +
    'населення районних, районних у місті Києві державних адміністрацій, виконавчих органів міських, районних у ' +
    'містах (у разі утворення) рад за місцем проживання особи…» … «…невідкладно вносить до Єдиної інформаційної ' +
    'бази даних про внутрішньо переміщених осіб відомості про скасування дії довідки…»',
  note:
    'Read on 2026-11-26 in the official text as ingested from zakon.rada.gov.ua into ' +
    'github.com/Ansvar-Systems/Ukrainian-law-mcp (data/seed/02766-ua-law-1706-18.json, commit 35a12f9 of 2026-02-22; the ' +
    'edition current at ingestion, its date not stated).' +
    ' The edition read calls the decision «відкликання» (revocation) of the certificate and enters «скасування ' +
    'дії довідки» in the database; council pages (smr.gov.ua, hmelivska-gromada.gov.ua) paraphrase the first ' +
    'ground as «подала заяву на скасування дії довідки ВПО». Earlier editions were not compared.',
};

/** How to cancel the certificate (free-form application, Diia), per news and a CNAP channel mirror. */
const IDP_CANCEL_HOW: Citation = {
  act: 'idp-certificate-cancellation-how-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'news.finance.ua: apply in person to the social protection body or a CNAP, or online in Diia; ' +
    '«Спеціальна форма заяви не затверджена». The Kharkiv CNAP channel (seen only on a telegram ' +
    'mirror) lists the contents of the free-form application. No decision term was found.',
};

/** Cancelling the IDP certificate at the person’s own request. */
export const IDP_CERTIFICATE_CANCELLATION: ServiceData = {
  id: 'idp-certificate-cancellation',
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Прийняття рішення про скасування дії довідки про взяття на облік внутрішньо переміщеної особи ' +
          'за заявою внутрішньо переміщеної особи',
        en: 'Decision to cancel the IDP registration certificate at the internally displaced person’s request',
      },
      basis: [IDP_CANCEL_NAME],
    },
  },
  description: {
    uk:
      'Зняття з обліку ВПО за власною заявою особи (наприклад, після повернення додому); відомості ' +
      'вносяться до Єдиної інформаційної бази даних про ВПО.',
    en:
      'Deregistration as an IDP at the person’s own request (for example after returning home); the ' +
      'record is updated in the Unified database of IDPs.',
  },
  keywords: ['ВПО', 'скасування довідки ВПО', 'зняття з обліку ВПО', 'відмова від статусу ВПО'],
  available: {
    earliest: {
      value: true,
      basis: [LAW_1706_ART_12],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [LAW_1706_ART_12, IDP_CANCEL_NAME],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_1706_ART_12, KMU_509],
      basis: [LAW_1706_ART_12],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    earliest: {
      value: {
        kind: 'term',
        term: {
          amount: 30,
          unit: 'calendarDays',
        },
      },
      basis: [LAW_5203_ART_10_CEILING, IDP_CANCEL_HOW],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk:
            'Рішення про скасування дії довідки про взяття на облік ВПО та внесення відомостей до Єдиної ' +
            'інформаційної бази даних про ВПО',
          en: 'A decision cancelling the IDP certificate, entered in the Unified database of IDPs',
        },
      ],
      basis: [LAW_1706_ART_12],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['usznOffice', 'cnap', 'starostaOrAuthorisedOfficial', 'diia'],
      basis: [IDP_CANCEL_NAME, IDP_CANCEL_HOW],
    },
  },
  delivery: {
    earliest: {
      value: {
        models: ['I', 'II', 'III'],
        socialHromada: true,
      },
      basis: [IDP_DELIVERY_NOTE],
    },
  },
  applicationForm: {
    earliest: {
      value: {
        uk: 'Заява в довільній формі (спеціальну форму не затверджено)',
        en: 'A free-form application (no form has been approved)',
      },
      basis: [IDP_CANCEL_HOW],
    },
  },
  lifeSituations: ['internalDisplacement'],
};
