import type { ServiceData } from './load.js';

/**
 * Each service of {@link SERVICES} as a module loaded when asked, keyed by the service's id, in the same order: what
 * `loadCatalog` of `@vikno/catalog/lazy` reads. A bundler makes each a chunk of its own, so an app loads the data of
 * the services it names and no other. A test checks that the keys and values are exactly {@link SERVICES}.
 */
export const SERVICE_MODULES = {
  'birth-assistance': () =>
    import('./services/birth-assistance.js').then((module) => module.BIRTH_ASSISTANCE),
  'adoption-assistance': () =>
    import('./services/adoption-assistance.js').then((module) => module.ADOPTION_ASSISTANCE),
  'guardianship-child-assistance': () =>
    import('./services/guardianship-child-assistance.js').then(
      (module) => module.GUARDIANSHIP_CHILD_ASSISTANCE,
    ),
  'single-mother-assistance': () =>
    import('./services/single-mother-assistance.js').then((module) => module.SINGLE_MOTHER_ASSISTANCE),
  'maternity-assistance-uninsured': () =>
    import('./services/maternity-assistance-uninsured.js').then(
      (module) => module.MATERNITY_ASSISTANCE_UNINSURED,
    ),
  'large-family-children-assistance': () =>
    import('./services/large-family-children-assistance.js').then(
      (module) => module.LARGE_FAMILY_CHILDREN_ASSISTANCE,
    ),
  'large-family-certificate': () =>
    import('./services/large-family-certificate.js').then((module) => module.LARGE_FAMILY_CERTIFICATE),
  'large-family-certificate-duplicate': () =>
    import('./services/large-family-certificate-duplicate.js').then(
      (module) => module.LARGE_FAMILY_CERTIFICATE_DUPLICATE,
    ),
  'baby-box-compensation': () =>
    import('./services/baby-box-compensation.js').then((module) => module.BABY_BOX_COMPENSATION),
  'infant-care-assistance': () =>
    import('./services/infant-care-assistance.js').then((module) => module.INFANT_CARE_ASSISTANCE),
  'yeyasla-assistance': () =>
    import('./services/yeyasla-assistance.js').then((module) => module.YEYASLA_ASSISTANCE),
  'idp-certificate': () => import('./services/idp-certificate.js').then((module) => module.IDP_CERTIFICATE),
  'idp-certificate-cancellation': () =>
    import('./services/idp-certificate-cancellation.js').then(
      (module) => module.IDP_CERTIFICATE_CANCELLATION,
    ),
  'idp-living-allowance': () =>
    import('./services/idp-living-allowance.js').then((module) => module.IDP_LIVING_ALLOWANCE),
  'low-income-family-assistance': () =>
    import('./services/low-income-family-assistance.js').then(
      (module) => module.LOW_INCOME_FAMILY_ASSISTANCE,
    ),
  'housing-subsidy': () => import('./services/housing-subsidy.js').then((module) => module.HOUSING_SUBSIDY),
  'housing-utility-privileges': () =>
    import('./services/housing-utility-privileges.js').then((module) => module.HOUSING_UTILITY_PRIVILEGES),
  'rent-subsidy': () => import('./services/rent-subsidy.js').then((module) => module.RENT_SUBSIDY),
  'fuel-privilege': () => import('./services/fuel-privilege.js').then((module) => module.FUEL_PRIVILEGE),
  'disability-from-childhood-assistance': () =>
    import('./services/disability-from-childhood-assistance.js').then(
      (module) => module.DISABILITY_FROM_CHILDHOOD_ASSISTANCE,
    ),
  'disability-care-allowance': () =>
    import('./services/disability-care-allowance.js').then((module) => module.DISABILITY_CARE_ALLOWANCE),
  'no-pension-rights-assistance': () =>
    import('./services/no-pension-rights-assistance.js').then(
      (module) => module.NO_PENSION_RIGHTS_ASSISTANCE,
    ),
  'funeral-assistance-uninsured': () =>
    import('./services/funeral-assistance-uninsured.js').then(
      (module) => module.FUNERAL_ASSISTANCE_UNINSURED,
    ),
  'funeral-assistance-social-recipients': () =>
    import('./services/funeral-assistance-social-recipients.js').then(
      (module) => module.FUNERAL_ASSISTANCE_SOCIAL_RECIPIENTS,
    ),
  'residence-registration': () =>
    import('./services/residence-registration.js').then((module) => module.RESIDENCE_REGISTRATION),
  'residence-deregistration': () =>
    import('./services/residence-deregistration.js').then((module) => module.RESIDENCE_DEREGISTRATION),
  'severely-ill-child-assistance': () =>
    import('./services/severely-ill-child-assistance.js').then(
      (module) => module.SEVERELY_ILL_CHILD_ASSISTANCE,
    ),
  'social-services': () => import('./services/social-services.js').then((module) => module.SOCIAL_SERVICES),
  'mental-disorder-carer-allowance': () =>
    import('./services/mental-disorder-carer-allowance.js').then(
      (module) => module.MENTAL_DISORDER_CARER_ALLOWANCE,
    ),
  'temporary-child-assistance': () =>
    import('./services/temporary-child-assistance.js').then((module) => module.TEMPORARY_CHILD_ASSISTANCE),
  'explosive-injury-recovery-assistance': () =>
    import('./services/explosive-injury-recovery-assistance.js').then(
      (module) => module.EXPLOSIVE_INJURY_RECOVERY_ASSISTANCE,
    ),
  'school-kit-assistance': () =>
    import('./services/school-kit-assistance.js').then((module) => module.SCHOOL_KIT_ASSISTANCE),
  'baby-box-in-kind': () =>
    import('./services/baby-box-in-kind.js').then((module) => module.BABY_BOX_IN_KIND),
  'municipal-nanny-compensation': () =>
    import('./services/municipal-nanny-compensation.js').then(
      (module) => module.MUNICIPAL_NANNY_COMPENSATION,
    ),
  'pension-age-temporary-assistance': () =>
    import('./services/pension-age-temporary-assistance.js').then(
      (module) => module.PENSION_AGE_TEMPORARY_ASSISTANCE,
    ),
  'one-time-material-assistance': () =>
    import('./services/one-time-material-assistance.js').then(
      (module) => module.ONE_TIME_MATERIAL_ASSISTANCE,
    ),
  'orphan-coming-of-age-assistance': () =>
    import('./services/orphan-coming-of-age-assistance.js').then(
      (module) => module.ORPHAN_COMING_OF_AGE_ASSISTANCE,
    ),
  'non-professional-care-compensation': () =>
    import('./services/non-professional-care-compensation.js').then(
      (module) => module.NON_PROFESSIONAL_CARE_COMPENSATION,
    ),
  'war-affected-child-status': () =>
    import('./services/war-affected-child-status.js').then((module) => module.WAR_AFFECTED_CHILD_STATUS),
  'fallen-defender-family-status': () =>
    import('./services/fallen-defender-family-status.js').then(
      (module) => module.FALLEN_DEFENDER_FAMILY_STATUS,
    ),
  'rehabilitation-aids-provision': () =>
    import('./services/rehabilitation-aids-provision.js').then(
      (module) => module.REHABILITATION_AIDS_PROVISION,
    ),
  'destroyed-property-compensation': () =>
    import('./services/destroyed-property-compensation.js').then(
      (module) => module.DESTROYED_PROPERTY_COMPENSATION,
    ),
  'chornobyl-disability-one-time-compensation': () =>
    import('./services/chornobyl-disability-one-time-compensation.js').then(
      (module) => module.CHORNOBYL_DISABILITY_ONE_TIME_COMPENSATION,
    ),
  'war-disability-status': () =>
    import('./services/war-disability-status.js').then((module) => module.WAR_DISABILITY_STATUS),
  'defender-housing-compensation': () =>
    import('./services/defender-housing-compensation.js').then(
      (module) => module.DEFENDER_HOUSING_COMPENSATION,
    ),
  'chornobyl-food-compensation': () =>
    import('./services/chornobyl-food-compensation.js').then((module) => module.CHORNOBYL_FOOD_COMPENSATION),
  'defender-rent-compensation': () =>
    import('./services/defender-rent-compensation.js').then((module) => module.DEFENDER_RENT_COMPENSATION),
  'idp-hosting-compensation': () =>
    import('./services/idp-hosting-compensation.js').then((module) => module.IDP_HOSTING_COMPENSATION),
  'damaged-property-notice': () =>
    import('./services/damaged-property-notice.js').then((module) => module.DAMAGED_PROPERTY_NOTICE),
  'basic-social-assistance': () =>
    import('./services/basic-social-assistance.js').then((module) => module.BASIC_SOCIAL_ASSISTANCE),
} as const satisfies Readonly<Record<string, () => Promise<ServiceData>>>;
