import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

/**
 * Labels for the API's enumerations (phases, categories, statuses …); an unknown value shows as it is. The same object
 * while the language stays, so that tables whose columns use it do not redraw their cells (and lose the focus).
 */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => labelsFor(t, locale), [t, locale]);
}

function labelsFor(t: TFunction, locale: string) {
  return {
    label: (kind: string, value?: string | null) => (value ? t(`enum.${kind}.${value}`, { defaultValue: value }) : '–'),
    /** Select options for an enumeration's values, labelled in the current language. */
    options: (kind: string, values: readonly string[]) =>
      values.map((value) => ({ value, label: t(`enum.${kind}.${value}`, { defaultValue: value }) })),
    date: (value?: string | null) =>
      value ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(new Date(value)) : '–',
    dateTime: (value?: string | null) =>
      value
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(value))
        : '–',
    /** Office hours and schedules are local times in Germany ("09:00"); shown as they are, in the locale's digits. */
    time: (value?: string | null) => {
      if (!value) return '–';
      const [hours, minutes] = value.split(':').map(Number);
      return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
        Date.UTC(2000, 0, 1, hours, minutes),
      );
    },
    weekday: (day: string) => {
      const index = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].indexOf(day);
      // 2024-01-01 was a Monday.
      return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
    },
  };
}

export function todayIso(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}
