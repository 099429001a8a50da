import { afterEach, describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import type { OfferSchemas } from '../../api/client';
import { PublicOfferCard } from './PublicOfferCard';

const german: OfferSchemas['PublicOffer'] = {
  id: '44444444-4444-4444-8444-444444444444',
  providerName: 'Caritasverband Lünen-Selm-Werne e. V.',
  title: 'Nähcafé für Frauen',
  description: 'Gemeinsam nähen, Deutsch sprechen.',
  language: 'de',
  category: 'MEETING_PLACE',
  languages: ['de', 'ar'],
  place: { municipalityName: 'Lünen', quarterName: 'Lünen-Süd', contactPointName: 'Michaelsheim' },
  nextDates: [{ starts: '2026-12-09T15:00:00+01:00', ends: '2026-12-09T17:00:00+01:00' }],
  eligibility: { genders: ['FEMALE'], residenceStatuses: [] },
};

afterEach(async () => {
  await i18n.changeLanguage('de');
});

describe('an offer of the public directory', () => {
  test('on an Arabic page, marks a German title and description as German and says so in Arabic', async () => {
    await i18n.changeLanguage('ar');
    render(<PublicOfferCard offer={german} pageLanguage="ar" />);
    const title = screen.getByRole('heading', { level: 3 });
    expect(title.querySelector('[lang="de"]')?.textContent).toBe('Nähcafé für Frauen');
    expect(title.textContent).toContain('(باللغة الألمانية)');
    expect(screen.getByText('Gemeinsam nähen, Deutsch sprechen.').getAttribute('lang')).toBe('de');
    expect(screen.getByText('مخصص لـ: النساء')).toBeTruthy();
    expect(screen.getByRole('article').textContent).toContain('الأربعاء');
  });

  test('shows a translated text as it is, without a marker', async () => {
    await i18n.changeLanguage('ar');
    render(
      <PublicOfferCard offer={{ ...german, title: 'مقهى الخياطة للنساء', description: 'نخيط معاً.', language: 'ar' }} pageLanguage="ar" />,
    );
    const title = screen.getByRole('heading', { level: 3 });
    expect(title.textContent).toBe('مقهى الخياطة للنساء');
    expect(title.querySelector('[lang="de"]')).toBeNull();
  });

  test('on the German page, German needs no marker', () => {
    render(<PublicOfferCard offer={german} pageLanguage="de" />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Nähcafé für Frauen');
    expect(screen.queryByText('(auf Deutsch)')).toBeNull();
  });
});
