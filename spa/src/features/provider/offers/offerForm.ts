import { z } from 'zod';
import type { OfferSchemas } from '../../../api/client';
import {
  zEligibilityInput,
  zFieldOfAction,
  zGender,
  zIntegrationPhase,
  zLocalDate,
  zOfferCategory,
  zOfferInput,
  zOfferPlaceInput,
  zOfferSlotInput,
  zOfferStatus,
  zResidenceStatus,
} from '../../../api/generated/offer-service.zod';
import { withoutEmptyValues } from '../../../forms/schemas';

type Offer = OfferSchemas['Offer'];
type OfferInput = OfferSchemas['OfferInput'];

/** The other languages of the public directory; German is the offer's own. */
export const TRANSLATIONS = ['en', 'ar', 'fa'] as const;

// Not blank, as @NotBlank checks it (the generated pattern is anchored to a single character; see the report).
const text = (max: number) => z.string().max(max).regex(/\S/);
const count = (min: number, max: number) => z.coerce.number().int().gte(min).lte(max).optional();
const translation = z
  .object({ title: z.string().max(200).optional(), description: z.string().max(5000).optional() })
  .superRefine((value, context) => {
    // Each translation complete, or none: a title without a description (or the other way round) is refused.
    if (Boolean(value.title) === Boolean(value.description)) return;
    context.addIssue({ code: 'custom', path: [value.title ? 'description' : 'title'], params: { rule: 'required' } });
  });

/**
 * The offer as the editor holds it: the API's schema, with what a form types as text (numbers, the target groups as a
 * list separated by commas) and the languages as rows of a list. A place is needed: at least the municipality.
 */
export const offerSchema = zOfferInput
  .omit({ providerId: true, translations: true, targetGroups: true, languages: true, capacity: true, eligibility: true, costEuro: true })
  .extend({
    title: text(200),
    description: text(5000),
    category: zOfferCategory,
    fieldOfAction: zFieldOfAction,
    phases: z.array(zIntegrationPhase).min(1).max(4),
    targetGroups: z.string().max(1000).optional(),
    languages: z.array(z.object({ code: z.string() })).max(30),
    place: zOfferPlaceInput.extend({ municipalityId: zOfferPlaceInput.shape.municipalityId.unwrap() }),
    schedule: z.array(zOfferSlotInput).max(50),
    startsOn: zLocalDate.optional(),
    endsOn: zLocalDate.optional(),
    capacity: z.coerce.number().int().gt(0).lte(10_000).optional(),
    eligibility: zEligibilityInput.extend({ minAge: count(0, 120), maxAge: count(0, 120) }),
    costEuro: z.coerce.number().gte(0).optional(),
    status: zOfferStatus,
    internalNote: z.string().max(1000).optional(),
    translations: z.object({ en: translation, ar: translation, fa: translation }),
  })
  .refine((values) => !values.startsOn || !values.endsOn || values.endsOn >= values.startsOn, {
    path: ['endsOn'],
    params: { rule: 'not-before' },
  })
  .refine(
    (values) =>
      values.eligibility.minAge == null || values.eligibility.maxAge == null || values.eligibility.maxAge >= values.eligibility.minAge,
    {
      path: ['eligibility', 'maxAge'],
      params: { rule: 'not-before' },
    },
  );

export type OfferValues = z.infer<typeof offerSchema>;

const time = (value?: string) => (value ?? '').slice(0, 5);
const number = (value?: number | null) => (value == null ? '' : String(value));

/** The form's values for an offer (or a new one): every field present, '' for none, so the form knows its fields. */
export function offerValues(offer?: Offer) {
  return {
    title: offer?.title ?? '',
    description: offer?.description ?? '',
    category: offer?.category ?? '',
    fieldOfAction: offer?.fieldOfAction ?? '',
    phases: offer?.phases ?? [],
    targetGroups: (offer?.targetGroups ?? []).join(', '),
    languages: (offer?.languages ?? ['de']).map((code) => ({ code })),
    place: {
      municipalityId: offer?.place?.municipalityId ?? '',
      quarterId: offer?.place?.quarterId ?? '',
      contactPointId: offer?.place?.contactPointId ?? '',
      street: offer?.place?.street ?? '',
      postalCode: offer?.place?.postalCode ?? '',
      city: offer?.place?.city ?? '',
    },
    schedule: (offer?.schedule ?? []).map((slot) => ({ day: slot.day ?? 'MONDAY', starts: time(slot.starts), ends: time(slot.ends) })),
    startsOn: offer?.startsOn ?? '',
    endsOn: offer?.endsOn ?? '',
    capacity: number(offer?.capacity),
    eligibility: {
      minAge: number(offer?.eligibility?.minAge),
      maxAge: number(offer?.eligibility?.maxAge),
      genders: offer?.eligibility?.genders ?? [],
      residenceStatuses: offer?.eligibility?.residenceStatuses ?? [],
    },
    costEuro: number(offer?.costEuro),
    costNote: offer?.costNote ?? '',
    status: offer?.status ?? 'DRAFT',
    internalNote: offer?.internalNote ?? '',
    translations: Object.fromEntries(
      TRANSLATIONS.map((language) => [
        language,
        { title: offer?.translations?.[language]?.title ?? '', description: offer?.translations?.[language]?.description ?? '' },
      ]),
    ) as Record<(typeof TRANSLATIONS)[number], { title: string; description: string }>,
  };
}

/** The checked values as the API takes them: lists from the rows, only the translations given. */
export function offerInput(values: OfferValues, providerId: string): OfferInput {
  const given = withoutEmptyValues(values);
  return {
    ...given,
    providerId,
    targetGroups: (values.targetGroups ?? '')
      .split(',')
      .map((group) => group.trim())
      .filter(Boolean),
    languages: values.languages.map((language) => language.code).filter(Boolean),
    translations: Object.fromEntries(
      TRANSLATIONS.filter((language) => values.translations[language].title).map((language) => [
        language,
        { title: values.translations[language].title ?? '', description: values.translations[language].description ?? '' },
      ]),
    ),
  } as OfferInput;
}

/** The form's field of a path the API names: "languages[2]" is the row's select; "schedule[0].starts" its input. */
export function offerFieldOf(apiPath: string): string | undefined {
  const path = apiPath.replace(/\[(\d+)\]/g, '.$1');
  if (/^languages\.\d+$/.test(path)) return path + '.code';
  if (/^targetGroups\.\d+$/.test(path)) return 'targetGroups';
  if (path === 'place') return 'place.municipalityId';
  return path;
}

export const GENDERS = zGender.options;
export const RESIDENCE_STATUSES = zResidenceStatus.options;
