import type { CaseSchemas, OfferSchemas, RegionSchemas } from './client';

// The values of the API's enumerations that forms offer, in the order people expect them. Typed against the generated
// schemas, so a value the API drops or renames fails the type check.

export const CASE_PHASES: CaseSchemas['CasePhase'][] = ['ANKOMMEN', 'ORIENTIERUNG', 'EINGEWOEHNUNG', 'INTEGRATION', 'CLOSED'];
export const INTEGRATION_PHASES: OfferSchemas['IntegrationPhase'][] = ['ANKOMMEN', 'ORIENTIERUNG', 'EINGEWOEHNUNG', 'INTEGRATION'];
export const AUTHORITIES = ['JUGENDAMT', 'SOZIALAMT', 'JOBCENTER', 'AUSLAENDERBEHOERDE'] as const;
export const DATA_CATEGORIES: CaseSchemas['DataCategory'][] = [
  'MASTER_DATA',
  'RESIDENCE',
  'EDUCATION_WORK',
  'HEALTH',
  'FAMILY_CHILD_WELFARE',
  'FINANCES',
];
export const RESIDENCE_STATUSES: CaseSchemas['ResidenceStatus'][] = [
  'ASYLUM_SEEKER',
  'TOLERATED',
  'RECOGNISED_REFUGEE',
  'SUBSIDIARY_PROTECTION',
  'TEMPORARY_PROTECTION',
  'OTHER_RESIDENCE_PERMIT',
  'SETTLEMENT_PERMIT',
  'EU_CITIZEN',
  'GERMAN',
];
export const SCHOOLING: CaseSchemas['Schooling'][] = ['NONE', 'PRIMARY', 'SECONDARY', 'UPPER_SECONDARY', 'TERTIARY'];
export const EMPLOYMENT: CaseSchemas['Employment'][] = ['EMPLOYED', 'UNEMPLOYED', 'IN_TRAINING', 'NOT_IN_LABOUR_MARKET'];
export const FAMILY_STATUSES: CaseSchemas['FamilyStatus'][] = ['SINGLE', 'MARRIED', 'PARTNERSHIP', 'SEPARATED', 'WIDOWED', 'SINGLE_PARENT'];
export const OFFER_CATEGORIES: OfferSchemas['OfferCategory'][] = [
  'LANGUAGE_COURSE',
  'INTEGRATION_COURSE',
  'LITERACY',
  'CHILDCARE',
  'SCHOOL',
  'COUNSELLING',
  'WORK_TRAINING',
  'HEALTH',
  'HOUSING',
  'LEISURE_SPORT',
  'VOLUNTEERING',
  'MEETING_PLACE',
];
export const FIELDS_OF_ACTION: OfferSchemas['FieldOfAction'][] = ['HF1', 'HF2', 'HF3', 'HF4', 'HF5', 'HF6'];
export const OFFER_STATUSES: OfferSchemas['OfferStatus'][] = ['DRAFT', 'ACTIVE', 'PAUSED', 'ENDED'];
export const PLACEMENT_STATUSES: OfferSchemas['PlacementStatus'][] = [
  'ACCEPTED',
  'WAITLISTED',
  'DECLINED',
  'STARTED',
  'COMPLETED',
  'DROPPED_OUT',
];
export const WEEKDAYS: RegionSchemas['DayOfWeek'][] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
