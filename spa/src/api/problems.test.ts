import { describe, expect, test } from 'vitest';
import i18n from '../i18n';
import { ApiError } from './client';
import { fieldLabel, fieldText, formPathOf, leafOf, problemText } from './problems';

const t = i18n.getFixedT('de');

describe('problems in German', () => {
  test('a field and rule with a text of their own say it in the words of the field', () => {
    expect(fieldText(t, { field: 'members[0].birthDate', rule: 'past' })).toBe('Das Geburtsdatum muss in der Vergangenheit liegen.');
  });

  test('a rule without a text of the field says the rule, with its limits', () => {
    expect(fieldText(t, { field: 'purpose', rule: 'length', limits: { max: 1000 } })).toBe('Höchstens 1000 Zeichen.');
    expect(fieldText(t, { field: 'members[1].arrivalDate', rule: 'type', limits: { expected: 'date' } })).toBe(
      'Bitte ein gültiges Datum angeben.',
    );
    expect(fieldText(t, { field: 'categories', rule: 'count', limits: { min: 1 } })).toBe('Bitte mindestens eine Datenkategorie wählen.');
  });

  test('an unknown rule still reads as German, never as the English message or the path', () => {
    const text = fieldText(t, { field: 'members[3].languages[0].code', rule: 'something-new' });
    expect(text).toBe('Diese Angabe ist so nicht möglich. Bitte prüfen.');
    expect(text).not.toMatch(/members|\[|must/);
  });

  test('labels name fields for lists away from the form', () => {
    expect(fieldLabel(t, 'members[0].residenceValidUntil')).toBe('Aufenthalt gültig bis');
    expect(fieldLabel(t, 'unheardOf')).toBeNull();
  });

  test('paths become form paths and leaves', () => {
    expect(formPathOf('members[2].languages[0].code')).toBe('members.2.languages.0.code');
    expect(leafOf('categories[1]')).toBe('categories');
  });

  test('each kind of problem and a lost connection have a sentence', () => {
    const stale = new ApiError(412, {
      type: 'urn:kim:problem:precondition-failed',
      title: 'Precondition failed',
      status: 412,
      detail: 'The resource was changed',
    });
    expect(problemText(t, stale)).toBe('Inzwischen hat jemand anderes das geändert.');
    const unknownType = new ApiError(502, { type: 'about:blank', title: 'Bad Gateway', status: 502 });
    expect(problemText(t, unknownType)).toBe('Ein unerwarteter Fehler ist aufgetreten. Bitte später erneut versuchen.');
    expect(problemText(t, new TypeError('Failed to fetch'))).toBe(
      'Keine Verbindung zum Server. Bitte Verbindung prüfen und erneut versuchen.',
    );
  });
});
