import type { ServiceData } from './load.js';
import { ADOPTION_ASSISTANCE } from './services/adoption-assistance.js';
import { BABY_BOX_COMPENSATION } from './services/baby-box-compensation.js';
import { BABY_BOX_IN_KIND } from './services/baby-box-in-kind.js';
import { BASIC_SOCIAL_ASSISTANCE } from './services/basic-social-assistance.js';
import { BIRTH_ASSISTANCE } from './services/birth-assistance.js';
import { CHORNOBYL_DISABILITY_ONE_TIME_COMPENSATION } from './services/chornobyl-disability-one-time-compensation.js';
import { CHORNOBYL_FOOD_COMPENSATION } from './services/chornobyl-food-compensation.js';
import { DAMAGED_PROPERTY_NOTICE } from './services/damaged-property-notice.js';
import { DEFENDER_HOUSING_COMPENSATION } from './services/defender-housing-compensation.js';
import { DEFENDER_RENT_COMPENSATION } from './services/defender-rent-compensation.js';
import { DESTROYED_PROPERTY_COMPENSATION } from './services/destroyed-property-compensation.js';
import { DISABILITY_CARE_ALLOWANCE } from './services/disability-care-allowance.js';
import { DISABILITY_FROM_CHILDHOOD_ASSISTANCE } from './services/disability-from-childhood-assistance.js';
import { EXPLOSIVE_INJURY_RECOVERY_ASSISTANCE } from './services/explosive-injury-recovery-assistance.js';
import { FALLEN_DEFENDER_FAMILY_STATUS } from './services/fallen-defender-family-status.js';
import { FUEL_PRIVILEGE } from './services/fuel-privilege.js';
import { FUNERAL_ASSISTANCE_SOCIAL_RECIPIENTS } from './services/funeral-assistance-social-recipients.js';
import { FUNERAL_ASSISTANCE_UNINSURED } from './services/funeral-assistance-uninsured.js';
import { GUARDIANSHIP_CHILD_ASSISTANCE } from './services/guardianship-child-assistance.js';
import { HOUSING_SUBSIDY } from './services/housing-subsidy.js';
import { HOUSING_UTILITY_PRIVILEGES } from './services/housing-utility-privileges.js';
import { IDP_CERTIFICATE } from './services/idp-certificate.js';
import { IDP_CERTIFICATE_CANCELLATION } from './services/idp-certificate-cancellation.js';
import { IDP_HOSTING_COMPENSATION } from './services/idp-hosting-compensation.js';
import { IDP_LIVING_ALLOWANCE } from './services/idp-living-allowance.js';
import { INFANT_CARE_ASSISTANCE } from './services/infant-care-assistance.js';
import { LARGE_FAMILY_CERTIFICATE } from './services/large-family-certificate.js';
import { LARGE_FAMILY_CERTIFICATE_DUPLICATE } from './services/large-family-certificate-duplicate.js';
import { LARGE_FAMILY_CHILDREN_ASSISTANCE } from './services/large-family-children-assistance.js';
import { LOW_INCOME_FAMILY_ASSISTANCE } from './services/low-income-family-assistance.js';
import { MATERNITY_ASSISTANCE_UNINSURED } from './services/maternity-assistance-uninsured.js';
import { MENTAL_DISORDER_CARER_ALLOWANCE } from './services/mental-disorder-carer-allowance.js';
import { MUNICIPAL_NANNY_COMPENSATION } from './services/municipal-nanny-compensation.js';
import { NO_PENSION_RIGHTS_ASSISTANCE } from './services/no-pension-rights-assistance.js';
import { NON_PROFESSIONAL_CARE_COMPENSATION } from './services/non-professional-care-compensation.js';
import { ONE_TIME_MATERIAL_ASSISTANCE } from './services/one-time-material-assistance.js';
import { ORPHAN_COMING_OF_AGE_ASSISTANCE } from './services/orphan-coming-of-age-assistance.js';
import { PENSION_AGE_TEMPORARY_ASSISTANCE } from './services/pension-age-temporary-assistance.js';
import { REHABILITATION_AIDS_PROVISION } from './services/rehabilitation-aids-provision.js';
import { RENT_SUBSIDY } from './services/rent-subsidy.js';
import { RESIDENCE_DEREGISTRATION } from './services/residence-deregistration.js';
import { RESIDENCE_REGISTRATION } from './services/residence-registration.js';
import { SCHOOL_KIT_ASSISTANCE } from './services/school-kit-assistance.js';
import { SEVERELY_ILL_CHILD_ASSISTANCE } from './services/severely-ill-child-assistance.js';
import { SINGLE_MOTHER_ASSISTANCE } from './services/single-mother-assistance.js';
import { SOCIAL_SERVICES } from './services/social-services.js';
import { TEMPORARY_CHILD_ASSISTANCE } from './services/temporary-child-assistance.js';
import { WAR_AFFECTED_CHILD_STATUS } from './services/war-affected-child-status.js';
import { WAR_DISABILITY_STATUS } from './services/war-disability-status.js';
import { YEYASLA_ASSISTANCE } from './services/yeyasla-assistance.js';

/** Every service the catalogue ships, one file each under `services/`, as the data writes them (see `load.ts`). */
export const SERVICES: readonly ServiceData[] = [
  BIRTH_ASSISTANCE,
  ADOPTION_ASSISTANCE,
  GUARDIANSHIP_CHILD_ASSISTANCE,
  SINGLE_MOTHER_ASSISTANCE,
  MATERNITY_ASSISTANCE_UNINSURED,
  LARGE_FAMILY_CHILDREN_ASSISTANCE,
  LARGE_FAMILY_CERTIFICATE,
  LARGE_FAMILY_CERTIFICATE_DUPLICATE,
  BABY_BOX_COMPENSATION,
  INFANT_CARE_ASSISTANCE,
  YEYASLA_ASSISTANCE,
  IDP_CERTIFICATE,
  IDP_CERTIFICATE_CANCELLATION,
  IDP_LIVING_ALLOWANCE,
  LOW_INCOME_FAMILY_ASSISTANCE,
  HOUSING_SUBSIDY,
  HOUSING_UTILITY_PRIVILEGES,
  RENT_SUBSIDY,
  FUEL_PRIVILEGE,
  DISABILITY_FROM_CHILDHOOD_ASSISTANCE,
  DISABILITY_CARE_ALLOWANCE,
  NO_PENSION_RIGHTS_ASSISTANCE,
  FUNERAL_ASSISTANCE_UNINSURED,
  FUNERAL_ASSISTANCE_SOCIAL_RECIPIENTS,
  RESIDENCE_REGISTRATION,
  RESIDENCE_DEREGISTRATION,
  SEVERELY_ILL_CHILD_ASSISTANCE,
  SOCIAL_SERVICES,
  MENTAL_DISORDER_CARER_ALLOWANCE,
  TEMPORARY_CHILD_ASSISTANCE,
  EXPLOSIVE_INJURY_RECOVERY_ASSISTANCE,
  SCHOOL_KIT_ASSISTANCE,
  BABY_BOX_IN_KIND,
  MUNICIPAL_NANNY_COMPENSATION,
  PENSION_AGE_TEMPORARY_ASSISTANCE,
  ONE_TIME_MATERIAL_ASSISTANCE,
  ORPHAN_COMING_OF_AGE_ASSISTANCE,
  NON_PROFESSIONAL_CARE_COMPENSATION,
  WAR_AFFECTED_CHILD_STATUS,
  FALLEN_DEFENDER_FAMILY_STATUS,
  REHABILITATION_AIDS_PROVISION,
  DESTROYED_PROPERTY_COMPENSATION,
  CHORNOBYL_DISABILITY_ONE_TIME_COMPENSATION,
  WAR_DISABILITY_STATUS,
  DEFENDER_HOUSING_COMPENSATION,
  CHORNOBYL_FOOD_COMPENSATION,
  DEFENDER_RENT_COMPENSATION,
  IDP_HOSTING_COMPENSATION,
  DAMAGED_PROPERTY_NOTICE,
  BASIC_SOCIAL_ASSISTANCE,
];
