import { useTranslation } from 'react-i18next';
import type { OfferSchemas } from '../../api/client';
import { useLabels } from '../../i18n/format';
import { languageName } from '../../i18n/places';

type OfferDate = OfferSchemas['OfferDate'];
type OfferPlace = OfferSchemas['OfferPlace'];

/**
 * A date of an offer in the page's language: weekday, day, month and the time from–to, in German local time and the
 * Gregorian calendar (the dates people are given in Germany), e.g. "Dienstag, 8. Dezember, 09:00–11:30 Uhr".
 */
export function offerDate(date: OfferDate, locale: string): string {
  if (!date.starts) return '–';
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    calendar: 'gregory',
    timeZone: 'Europe/Berlin',
  });
  const starts = new Date(date.starts);
  return date.ends ? format.formatRange(starts, new Date(date.ends)) : format.format(starts);
}

/**
 * Where an offer takes place, most precise first: its own address, else the contact point with its address; then the
 * quarter and the municipality. Names only, never ids.
 */
export function placeLines(place: OfferPlace | undefined): string[] {
  if (!place) return [];
  const own = [place.street, [place.postalCode, place.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const address = place.contactPointAddress;
  const point = place.contactPointName
    ? [place.contactPointName, address?.street, [address?.postalCode, address?.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    : '';
  const area = [place.quarterName, place.municipalityName].filter((name, index, all) => name && all.indexOf(name) === index).join(', ');
  return [own, point, area].filter(Boolean);
}

export function languageNames(codes: string[] | undefined, locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format((codes ?? []).map((code) => languageName(code, locale)));
}

/** The staff's words for an offer's places and who may attend (German or English). */
export function useOfferWords() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const list = (values: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(values);
  return {
    /** Free places, or that a new referral goes to the waitlist. */
    availability: (offer: OfferSchemas['Offer']): string => {
      const availability = offer.availability;
      const waiting = availability?.waiting ? ` ${t('offers.waiting', { count: availability.waiting })}` : '';
      if (availability?.newReferralsWaitlisted) return t('offers.waitlisted') + waiting;
      if (offer.capacity == null) return t('offers.unlimited');
      return t('offers.free', { count: availability?.free ?? offer.capacity, capacity: offer.capacity }) + waiting;
    },
    /** Who may attend, in words: ages, genders, residence statuses; "open to everyone" without restrictions. */
    eligibility: (eligibility: OfferSchemas['Eligibility'] | undefined): string[] => {
      const { minAge, maxAge } = eligibility ?? {};
      const genders = eligibility?.genders ?? [];
      const statuses = eligibility?.residenceStatuses ?? [];
      const words = [
        minAge != null && maxAge != null
          ? t('offers.ages', { min: minAge, max: maxAge })
          : minAge != null
            ? t('offers.fromAge', { count: minAge })
            : maxAge != null
              ? t('offers.toAge', { count: maxAge })
              : '',
        genders.length > 0 ? t('offers.forGenders', { genders: list(genders.map((gender) => t(`offers.gender.${gender}`))) }) : '',
        statuses.length > 0
          ? t('offers.forStatuses', { statuses: list(statuses.map((status) => labels.label('ResidenceStatus', status))) })
          : '',
      ].filter(Boolean);
      return words.length > 0 ? words : [t('offers.everyone')];
    },
  };
}
