import { describe, expect, test } from 'vitest';
import i18n from '../../../i18n';
import { describeActor, describeChange, type Change, type Words } from './describe';

const t = i18n.getFixedT('de');
const words: Words = {
  t,
  date: (iso) => (iso ? new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)) : '–'),
  label: (kind, value) => (value ? t(`enum.${kind}.${value}`, { defaultValue: value }) : '–'),
  country: (code) => (code === 'SY' ? 'Syrien' : (code ?? '–')),
  language: (code) => ({ ar: 'Arabisch', de: 'Deutsch' })[code ?? ''] ?? code ?? '–',
  provider: (code) => (code === 'caritas-lsw' ? 'Caritasverband Lünen-Selm-Werne e. V.' : (code ?? '–')),
};
const say = (change: Change) => describeChange(words, change);

describe('the history in words', () => {
  test('a corrected birth date names the person, the old and the new date', () => {
    expect(say({ subject: 'member', label: 'Amira Haddad', field: 'birthDate', from: '1990-04-12', to: '1990-04-21' })).toBe(
      'Geburtsdatum von Amira Haddad geändert: 12.04.1990 → 21.04.1990',
    );
  });

  test('consents name the recipient with its article and the categories in words', () => {
    expect(say({ subject: 'consent', label: 'JOBCENTER', of: 'CONSENT', field: 'added', to: 'EDUCATION_WORK, MASTER_DATA' })).toBe(
      'Einwilligung für das Jobcenter erteilt (Bildung und Arbeit, Stammdaten)',
    );
    expect(say({ subject: 'consent', label: 'caritas-lsw', of: 'CONSENT', field: 'revoked', from: 'MASTER_DATA' })).toBe(
      'Einwilligung für Caritasverband Lünen-Selm-Werne e. V. widerrufen (Stammdaten)',
    );
  });

  test('codes become words: phases, residence, nationality, languages, needs and their closing', () => {
    expect(say({ subject: 'case', field: 'phase', from: 'ANKOMMEN', to: 'ORIENTIERUNG' })).toBe('Phase geändert: Ankommen → Orientierung');
    expect(say({ subject: 'member', label: 'Amira Haddad', field: 'nationality', to: 'SY' })).toBe(
      'Staatsangehörigkeit von Amira Haddad geändert: – → Syrien',
    );
    expect(say({ subject: 'member', label: 'Amira Haddad', field: 'languages', from: 'ar:native', to: 'ar:native, de:A2' })).toBe(
      'Sprachen von Amira Haddad geändert: Arabisch (Muttersprache) → Arabisch (Muttersprache), Deutsch (A2)',
    );
    expect(say({ subject: 'need', label: 'LANGUAGE_COURSE', of: 'Amira Haddad', field: 'closed', to: 'MET_ELSEWHERE' })).toBe(
      'Bedarf „Sprachkurs“ für Amira Haddad geschlossen: anderweitig gedeckt',
    );
  });

  test('nothing unknown shows as a path or a code', () => {
    const text = say({ subject: 'measure', label: 'Integrationskurs', field: 'somethingNew', from: 'a', to: 'b' });
    expect(text).toBe('Maßnahme „Integrationskurs“ geändert');
  });

  test('the actor is a person with their authority, a system in words, or kept confidential', () => {
    expect(describeActor(words, { kind: 'PERSON', name: 'Jana Beispiel', authority: 'JOBCENTER' })).toBe('Jana Beispiel (Jobcenter)');
    expect(describeActor(words, { kind: 'SYSTEM', system: 'offer-service' })).toBe('Antwort des Trägers (Angebotsverzeichnis)');
    expect(describeActor(words, { kind: 'RESTRICTED' })).toBe('Vertraulich (für das Fallmanagement nicht einsehbar)');
    expect(describeActor(words, { kind: 'PERSON' })).toBe('Unbekannte Person');
  });
});
