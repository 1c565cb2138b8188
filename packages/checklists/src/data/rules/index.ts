import type { ServiceRules } from '../load.js';
import { ADOPTION_ASSISTANCE } from './adoption-assistance.js';
import { BABY_BOX_COMPENSATION } from './baby-box-compensation.js';
import { BABY_BOX_IN_KIND } from './baby-box-in-kind.js';
import { BASIC_SOCIAL_ASSISTANCE } from './basic-social-assistance.js';
import { BIRTH_ASSISTANCE } from './birth-assistance.js';
import { CHORNOBYL_DISABILITY_ONE_TIME_COMPENSATION } from './chornobyl-disability-one-time-compensation.js';
import { CHORNOBYL_FOOD_COMPENSATION } from './chornobyl-food-compensation.js';
import { DAMAGED_PROPERTY_NOTICE } from './damaged-property-notice.js';
import { DEFENDER_HOUSING_COMPENSATION } from './defender-housing-compensation.js';
import { DEFENDER_RENT_COMPENSATION } from './defender-rent-compensation.js';
import { DESTROYED_PROPERTY_COMPENSATION } from './destroyed-property-compensation.js';
import { DISABILITY_CARE_ALLOWANCE } from './disability-care-allowance.js';
import { DISABILITY_FROM_CHILDHOOD_ASSISTANCE } from './disability-from-childhood-assistance.js';
import { EXPLOSIVE_INJURY_RECOVERY_ASSISTANCE } from './explosive-injury-recovery-assistance.js';
import { FALLEN_DEFENDER_FAMILY_STATUS } from './fallen-defender-family-status.js';
import { FUEL_PRIVILEGE } from './fuel-privilege.js';
import { FUNERAL_ASSISTANCE_SOCIAL_RECIPIENTS } from './funeral-assistance-social-recipients.js';
import { FUNERAL_ASSISTANCE_UNINSURED } from './funeral-assistance-uninsured.js';
import { GUARDIANSHIP_CHILD_ASSISTANCE } from './guardianship-child-assistance.js';
import { HOUSING_SUBSIDY } from './housing-subsidy.js';
import { HOUSING_UTILITY_PRIVILEGES } from './housing-utility-privileges.js';
import { IDP_CERTIFICATE } from './idp-certificate.js';
import { IDP_CERTIFICATE_CANCELLATION } from './idp-certificate-cancellation.js';
import { IDP_HOSTING_COMPENSATION } from './idp-hosting-compensation.js';
import { IDP_LIVING_ALLOWANCE } from './idp-living-allowance.js';
import { INFANT_CARE_ASSISTANCE } from './infant-care-assistance.js';
import { LARGE_FAMILY_CERTIFICATE } from './large-family-certificate.js';
import { LARGE_FAMILY_CERTIFICATE_DUPLICATE } from './large-family-certificate-duplicate.js';
import { LARGE_FAMILY_CHILDREN_ASSISTANCE } from './large-family-children-assistance.js';
import { LOW_INCOME_FAMILY_ASSISTANCE } from './low-income-family-assistance.js';
import { MATERNITY_ASSISTANCE_UNINSURED } from './maternity-assistance-uninsured.js';
import { MENTAL_DISORDER_CARER_ALLOWANCE } from './mental-disorder-carer-allowance.js';
import { MUNICIPAL_NANNY_COMPENSATION } from './municipal-nanny-compensation.js';
import { NO_PENSION_RIGHTS_ASSISTANCE } from './no-pension-rights-assistance.js';
import { NON_PROFESSIONAL_CARE_COMPENSATION } from './non-professional-care-compensation.js';
import { ONE_TIME_MATERIAL_ASSISTANCE } from './one-time-material-assistance.js';
import { ORPHAN_COMING_OF_AGE_ASSISTANCE } from './orphan-coming-of-age-assistance.js';
import { PENSION_AGE_TEMPORARY_ASSISTANCE } from './pension-age-temporary-assistance.js';
import { REHABILITATION_AIDS_PROVISION } from './rehabilitation-aids-provision.js';
import { RENT_SUBSIDY } from './rent-subsidy.js';
import { RESIDENCE_DEREGISTRATION } from './residence-deregistration.js';
import { RESIDENCE_REGISTRATION } from './residence-registration.js';
import { SCHOOL_KIT_ASSISTANCE } from './school-kit-assistance.js';
import { SEVERELY_ILL_CHILD_ASSISTANCE } from './severely-ill-child-assistance.js';
import { SINGLE_MOTHER_ASSISTANCE } from './single-mother-assistance.js';
import { SOCIAL_SERVICES } from './social-services.js';
import { TEMPORARY_CHILD_ASSISTANCE } from './temporary-child-assistance.js';
import { WAR_AFFECTED_CHILD_STATUS } from './war-affected-child-status.js';
import { WAR_DISABILITY_STATUS } from './war-disability-status.js';
import { YEYASLA_ASSISTANCE } from './yeyasla-assistance.js';

/** The document rules of every service the package ships, one file per service. */
export const SERVICE_RULES: readonly ServiceRules[] = [
  ADOPTION_ASSISTANCE,
  BABY_BOX_COMPENSATION,
  BABY_BOX_IN_KIND,
  BIRTH_ASSISTANCE,
  CHORNOBYL_DISABILITY_ONE_TIME_COMPENSATION,
  CHORNOBYL_FOOD_COMPENSATION,
  DISABILITY_CARE_ALLOWANCE,
  DISABILITY_FROM_CHILDHOOD_ASSISTANCE,
  EXPLOSIVE_INJURY_RECOVERY_ASSISTANCE,
  FUEL_PRIVILEGE,
  FUNERAL_ASSISTANCE_SOCIAL_RECIPIENTS,
  FUNERAL_ASSISTANCE_UNINSURED,
  GUARDIANSHIP_CHILD_ASSISTANCE,
  HOUSING_SUBSIDY,
  HOUSING_UTILITY_PRIVILEGES,
  IDP_CERTIFICATE,
  IDP_CERTIFICATE_CANCELLATION,
  IDP_LIVING_ALLOWANCE,
  INFANT_CARE_ASSISTANCE,
  LARGE_FAMILY_CERTIFICATE,
  LARGE_FAMILY_CERTIFICATE_DUPLICATE,
  LARGE_FAMILY_CHILDREN_ASSISTANCE,
  LOW_INCOME_FAMILY_ASSISTANCE,
  MATERNITY_ASSISTANCE_UNINSURED,
  MENTAL_DISORDER_CARER_ALLOWANCE,
  MUNICIPAL_NANNY_COMPENSATION,
  NO_PENSION_RIGHTS_ASSISTANCE,
  ONE_TIME_MATERIAL_ASSISTANCE,
  ORPHAN_COMING_OF_AGE_ASSISTANCE,
  PENSION_AGE_TEMPORARY_ASSISTANCE,
  NON_PROFESSIONAL_CARE_COMPENSATION,
  REHABILITATION_AIDS_PROVISION,
  RENT_SUBSIDY,
  RESIDENCE_DEREGISTRATION,
  RESIDENCE_REGISTRATION,
  SCHOOL_KIT_ASSISTANCE,
  SEVERELY_ILL_CHILD_ASSISTANCE,
  SINGLE_MOTHER_ASSISTANCE,
  SOCIAL_SERVICES,
  TEMPORARY_CHILD_ASSISTANCE,
  YEYASLA_ASSISTANCE,
  WAR_AFFECTED_CHILD_STATUS,
  FALLEN_DEFENDER_FAMILY_STATUS,
  DESTROYED_PROPERTY_COMPENSATION,
  WAR_DISABILITY_STATUS,
  DEFENDER_HOUSING_COMPENSATION,
  DEFENDER_RENT_COMPENSATION,
  IDP_HOSTING_COMPENSATION,
  DAMAGED_PROPERTY_NOTICE,
  BASIC_SOCIAL_ASSISTANCE,
];
