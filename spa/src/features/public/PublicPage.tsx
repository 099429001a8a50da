import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { publicLanguage } from '../../i18n';
import { ContactPoints } from './ContactPoints';
import { OfferDirectory } from './OfferDirectory';

/**
 * For newcomers and volunteers, no login: where to go (contact points, open now, with office hours) and what is
 * offered. The page speaks the language its address names (/?lang=fa); texts the district has only in German are shown
 * in German and marked so.
 */
export function PublicPage() {
  const { t } = useTranslation();
  const language = publicLanguage(useLocation().search);
  return (
    <div className="kern-stack public-page">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{t('public.title')}</h1>
        <p className="kern-subline">{t('public.intro')}</p>
      </hgroup>
      <ContactPoints />
      <OfferDirectory language={language} />
    </div>
  );
}
