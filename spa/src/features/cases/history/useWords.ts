import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../i18n/format';
import { countryName, languageName } from '../../../i18n/places';
import { useProviders } from '../../../api/reference';
import type { Words } from './describe';

/** What the history's sentences need, in the user's language. */
export function useWords(): Words {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const providers = useProviders();
  return {
    t,
    date: labels.date,
    label: labels.label,
    country: (code) => countryName(code, i18n.language),
    language: (code) => languageName(code, i18n.language),
    provider: providers.name,
  };
}
