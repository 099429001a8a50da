import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';
import ar from './ar.json';
import fa from './fa.json';

/** German first, English second; Arabic and Farsi for the public pages newcomers use (right to left). */
export const LANGUAGES = [
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];
/** The languages of the staff screens; the public pages offer all of LANGUAGES. */
export const STAFF_LANGUAGES: LanguageCode[] = ['de', 'en'];

// Two areas, two languages that never mix: the public page keeps its language in its address (?lang=fa), so a link
// says which; the staff screens keep theirs in the browser. Someone who read the public page in Farsi and then logs in
// finds the staff screens in their own language (German unless they chose English).
const STAFF_KEY = 'kim.staffLanguage';
const PUBLIC_PATHS = ['/', '/public'];

function known(code: string | null, among: readonly string[]): code is LanguageCode {
  return code !== null && among.includes(code);
}

/** The public page's language, from its address; German when it names none. */
export function publicLanguage(search: string): LanguageCode {
  const asked = new URLSearchParams(search).get('lang');
  return known(
    asked,
    LANGUAGES.map((language) => language.code),
  )
    ? asked
    : 'de';
}

/** The staff screens' language, as the person chose it; German by default. */
export function staffLanguage(): LanguageCode {
  const chosen = localStorage.getItem(STAFF_KEY);
  return known(chosen, STAFF_LANGUAGES) ? chosen : 'de';
}

export function chooseStaffLanguage(code: LanguageCode) {
  localStorage.setItem(STAFF_KEY, code);
  showIn(code);
}

/** Switches the texts and the page's lang/dir, so screen readers and the layout follow. */
export function showIn(code: LanguageCode) {
  if (i18n.language !== code) void i18n.changeLanguage(code);
}

function direction(code: string) {
  return LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
}

i18n.on('languageChanged', (code) => {
  document.documentElement.lang = code;
  document.documentElement.dir = direction(code);
});

void i18n.use(initReactI18next).init({
  resources: { de: { translation: de }, en: { translation: en }, ar: { translation: ar }, fa: { translation: fa } },
  lng: PUBLIC_PATHS.includes(window.location.pathname) ? publicLanguage(window.location.search) : staffLanguage(),
  // Arabic and Farsi cover the public pages; anything else falls back to English, then German.
  fallbackLng: { ar: ['en', 'de'], fa: ['en', 'de'], en: ['de'], default: ['de'] },
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
document.documentElement.lang = i18n.language;
document.documentElement.dir = direction(i18n.language);

export default i18n;
