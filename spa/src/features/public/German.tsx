import { useTranslation } from 'react-i18next';

/**
 * A text the district has in German only, on a page in another language: the text marked as German (so that screen
 * readers pronounce it so, and left to right inside a right-to-left page), followed by a note in the page's language.
 */
export function German({ text, marked = true }: { text?: string | null; marked?: boolean }) {
  const { t } = useTranslation();
  if (!text) return null;
  if (!marked) return <>{text}</>;
  return (
    <>
      <span lang="de" dir="ltr">
        {text}
      </span>{' '}
      <span className="german-note">{t('public.inGerman')}</span>
    </>
  );
}
