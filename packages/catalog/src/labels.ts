import type { LocalizedText } from '@vikno/deadlines';
import type { Channel, DeliveryModel, LifeSituation, ProviderKind } from './schema.js';

/** The name of each life situation in Ukrainian and English. */
export const LIFE_SITUATION_LABELS: Readonly<Record<LifeSituation, LocalizedText>> = {
  childBirth: { uk: 'Народження дитини', en: 'Birth of a child' },
  pregnancy: { uk: 'Вагітність', en: 'Pregnancy' },
  adoptionAndGuardianship: { uk: 'Усиновлення, опіка та піклування', en: 'Adoption and guardianship' },
  singleParent: { uk: 'Одинокі батьки', en: 'Single parents' },
  largeFamily: { uk: 'Багатодітна сім’я', en: 'Large family' },
  internalDisplacement: { uk: 'Внутрішнє переміщення (ВПО)', en: 'Internal displacement (IDP)' },
  disability: { uk: 'Інвалідність', en: 'Disability' },
  deathOfRelative: { uk: 'Смерть близької людини', en: 'Death of a relative' },
  lowIncome: { uk: 'Малозабезпеченість', en: 'Low income' },
  housingAndUtilities: { uk: 'Житло та комунальні послуги (ЖКП)', en: 'Housing and utilities' },
  residence: { uk: 'Місце проживання', en: 'Place of residence' },
};

/** The name of each channel in Ukrainian and English. */
export const CHANNEL_LABELS: Readonly<Record<Channel, LocalizedText>> = {
  cnap: { uk: 'ЦНАП', en: 'Administrative service centre (CNAP)' },
  cnapTerritorialUnit: { uk: 'Територіальний підрозділ ЦНАП', en: 'CNAP territorial unit' },
  remoteWorkplace: {
    uk: 'Віддалене робоче місце адміністратора',
    en: 'Remote workplace of an administrator',
  },
  mobileCnap: { uk: 'Мобільний (пересувний) ЦНАП', en: 'Mobile CNAP' },
  starostaOrAuthorisedOfficial: {
    uk: 'Староста або уповноважена посадова особа',
    en: 'Starosta or authorised official',
  },
  diia: { uk: 'Портал або застосунок «Дія»', en: 'Diia portal or app' },
  pfuPortal: { uk: 'Вебпортал Пенсійного фонду України', en: 'Pension Fund web portal' },
  post: { uk: 'Поштою', en: 'By post' },
  usznOffice: { uk: 'Орган соціального захисту населення', en: 'Social protection office (USZN)' },
  pfuOffice: { uk: 'Сервісний центр Пенсійного фонду України', en: 'Pension Fund service centre' },
};

/** The name of each delivery model in Ukrainian and English. */
export const DELIVERY_MODEL_LABELS: Readonly<Record<DeliveryModel, LocalizedText>> = {
  I: {
    uk: 'Модель I: через ЦНАП із «Соціальною громадою», електронна передача',
    en: 'Model I: through the CNAP with «Social Hromada», electronic transfer',
  },
  II: {
    uk: 'Модель II: фронт-офіс УСЗН у ЦНАП',
    en: 'Model II: USZN front office inside the CNAP',
  },
  III: {
    uk: 'Модель III: через ЦНАП на папері, реєстри передавання',
    en: 'Model III: through the CNAP on paper, transfer registers',
  },
};

/** The name of each kind of provider in Ukrainian and English. */
export const PROVIDER_KIND_LABELS: Readonly<Record<ProviderKind, LocalizedText>> = {
  uszn: { uk: 'Орган соціального захисту населення (УСЗН)', en: 'Social protection office (USZN)' },
  pfu: { uk: 'Пенсійний фонд України (ПФУ)', en: 'Pension Fund of Ukraine (PFU)' },
  localCouncil: { uk: 'Виконавчий орган ради (ОМС)', en: 'Executive body of a council' },
  centralAuthority: { uk: 'Центральний орган виконавчої влади', en: 'Central executive authority' },
  other: { uk: 'Інший суб’єкт', en: 'Other provider' },
};
