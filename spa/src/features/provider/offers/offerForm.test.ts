import { describe, expect, test } from 'vitest';
import { withoutEmptyValues } from '../../../forms/schemas';
import { offerFieldOf, offerInput, offerSchema, offerValues } from './offerForm';

const filled = {
  ...offerValues(),
  title: 'Sprachcafé',
  description: 'Deutsch sprechen bei Kaffee und Kuchen',
  category: 'MEETING_PLACE',
  fieldOfAction: 'HF5',
  phases: ['ANKOMMEN'],
  targetGroups: 'Frauen, Familien ,',
  place: { ...offerValues().place, municipalityId: '4e241a02-051c-4681-938b-bfab2b61344a' },
  schedule: [{ day: 'TUESDAY', starts: '14:00', ends: '16:00' }],
  capacity: '12',
};

describe('the offer editor', () => {
  test('sends lists, numbers and only the translations given, as the API takes them', () => {
    const values = { ...filled, translations: { ...filled.translations, ar: { title: 'مقهى اللغة', description: 'نتحدث الألمانية' } } };
    const parsed = offerSchema.parse(withoutEmptyValues(values));
    const input = offerInput(parsed, 'provider-1');
    expect(input.providerId).toBe('provider-1');
    expect(input.targetGroups).toEqual(['Frauen', 'Familien']);
    expect(input.languages).toEqual(['de']);
    expect(input.capacity).toBe(12);
    expect(input.translations).toEqual({ ar: { title: 'مقهى اللغة', description: 'نتحدث الألمانية' } });
    expect(input.internalNote).toBeUndefined();
  });

  test('refuses a translation with a title but no description, at the description', () => {
    const values = { ...filled, translations: { ...filled.translations, en: { title: 'Language café', description: '' } } };
    const result = offerSchema.safeParse(withoutEmptyValues(values));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['translations.en.description']);
  });

  test('needs a municipality and at least one phase', () => {
    const values = { ...filled, phases: [], place: offerValues().place };
    const paths = offerSchema.safeParse(withoutEmptyValues(values)).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['phases', 'place.municipalityId']));
  });

  test("puts the API's list paths at the form's inputs", () => {
    expect(offerFieldOf('languages[1]')).toBe('languages.1.code');
    expect(offerFieldOf('schedule[0].ends')).toBe('schedule.0.ends');
    expect(offerFieldOf('place')).toBe('place.municipalityId');
    expect(offerFieldOf('translations.fa.title')).toBe('translations.fa.title');
  });
});
