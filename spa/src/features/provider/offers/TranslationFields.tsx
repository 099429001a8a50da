import { useTranslation } from 'react-i18next';
import { TextArea, TextInput } from '../../../components/form/Inputs';
import { LANGUAGES } from '../../../i18n';
import { languageName } from '../../../i18n/places';
import { TRANSLATIONS } from './offerForm';

/**
 * Title and description for the public page in English, Arabic and Farsi, each complete or left empty (the public page
 * then shows the German text, marked as German). Arabic and Farsi are typed right to left.
 */
export function TranslationFields() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t('provider.translations')}</legend>
      <div className="kern-fieldset__body">
        <p className="kern-hint">{t('provider.translationsHint')}</p>
        {TRANSLATIONS.map((language) => {
          const dir = LANGUAGES.find((known) => known.code === language)?.dir ?? 'ltr';
          const name = languageName(language, i18n.language);
          return (
            <div key={language} className="translation" role="group" aria-label={name}>
              <TextInput
                name={`translations.${language}.title`}
                label={t('provider.titleIn', { language: name })}
                lang={language}
                dir={dir}
              />
              <TextArea
                name={`translations.${language}.description`}
                label={t('provider.descriptionIn', { language: name })}
                lang={language}
                dir={dir}
                rows={3}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
