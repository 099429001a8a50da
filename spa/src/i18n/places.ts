import countries from 'i18n-iso-countries';
import german from 'i18n-iso-countries/langs/de.json';
import english from 'i18n-iso-countries/langs/en.json';
import ISO6391 from 'iso-639-1';
import type { Option } from '../components/form/Inputs';

// Countries and languages by their names in the user's language, never as codes. The codes are ISO 3166-1 alpha-2
// (i18n-iso-countries, plus Kosovo's XK as the EU uses it) and ISO 639-1 (iso-639-1), what the API stores; the names
// come from the browser's CLDR data (Intl.DisplayNames), with the library's names where the browser has none.
countries.registerLocale(german);
countries.registerLocale(english);

const collators = new Map<string, Intl.Collator>();
function byName(locale: string) {
  if (!collators.has(locale)) collators.set(locale, new Intl.Collator(locale));
  const collator = collators.get(locale)!;
  return (a: Option, b: Option) => collator.compare(a.label, b.label);
}

export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return '–';
  const name = new Intl.DisplayNames([locale], { type: 'region' }).of(code);
  return name && name !== code ? name : (countries.getName(code, locale === 'en' ? 'en' : 'de') ?? code);
}

export function languageName(code: string | null | undefined, locale: string): string {
  if (!code) return '–';
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
  return name && name !== code ? name : ISO6391.getName(code) || code;
}

const optionCache = new Map<string, Option[]>();

export function countryOptions(locale: string): Option[] {
  const key = 'country:' + locale;
  if (!optionCache.has(key)) {
    const codes = Object.keys(countries.getAlpha2Codes());
    optionCache.set(key, codes.map((code) => ({ value: code, label: countryName(code, locale) })).sort(byName(locale)));
  }
  return optionCache.get(key)!;
}

export function languageOptions(locale: string): Option[] {
  const key = 'language:' + locale;
  if (!optionCache.has(key)) {
    optionCache.set(
      key,
      ISO6391.getAllCodes()
        .map((code) => ({ value: code, label: languageName(code, locale) }))
        .sort(byName(locale)),
    );
  }
  return optionCache.get(key)!;
}
