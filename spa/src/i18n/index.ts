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

const STORAGE_KEY = 'kim.language';

function initialLanguage(): LanguageCode {
  const asked = new URLSearchParams(window.location.search).get('lang') ?? localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.some((language) => language.code === asked) ? (asked as LanguageCode) : 'de';
}

/** Sets the language and the page's lang/dir, so screen readers and the layout follow. */
export function switchLanguage(code: LanguageCode) {
  localStorage.setItem(STORAGE_KEY, code);
  void i18n.changeLanguage(code);
}

i18n.on('languageChanged', (code) => {
  document.documentElement.lang = code;
  document.documentElement.dir = LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
});

void i18n.use(initReactI18next).init({
  resources: { de: { translation: de }, en: { translation: en }, ar: { translation: ar }, fa: { translation: fa } },
  lng: initialLanguage(),
  // Arabic and Farsi cover the public pages; anything else falls back to English, then German.
  fallbackLng: { ar: ['en', 'de'], fa: ['en', 'de'], en: ['de'], default: ['de'] },
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;
document.documentElement.dir = LANGUAGES.find((language) => language.code === i18n.language)?.dir ?? 'ltr';

export default i18n;
