import { NavLink, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { hasRole, login, useSession, type Role } from '../api/session';
import { LANGUAGES, STAFF_LANGUAGES, switchLanguage, type LanguageCode } from '../i18n';

/** The screens of each role, in the order of the navigation. */
const NAVIGATION: { path: string; label: string; roles: Role[] }[] = [
  { path: '/worklist', label: 'nav.worklist', roles: ['case-manager', 'coordinator'] },
  { path: '/cases/new', label: 'nav.newCase', roles: ['case-manager', 'coordinator'] },
  { path: '/transfers', label: 'nav.transfers', roles: ['case-manager', 'coordinator'] },
  { path: '/offers', label: 'nav.offers', roles: ['case-manager', 'coordinator', 'admin'] },
  { path: '/caseload', label: 'nav.caseload', roles: ['coordinator'] },
  { path: '/gaps', label: 'nav.gaps', roles: ['coordinator', 'analyst', 'admin'] },
  { path: '/monitoring', label: 'nav.monitoring', roles: ['coordinator', 'analyst', 'admin'] },
  { path: '/regions', label: 'nav.regions', roles: ['coordinator', 'admin'] },
  { path: '/authority', label: 'nav.authority', roles: ['authority-staff'] },
  { path: '/provider/referrals', label: 'nav.providerReferrals', roles: ['provider-staff'] },
  { path: '/provider/offers', label: 'nav.providerOffers', roles: ['provider-staff'] },
  { path: '/audit', label: 'nav.audit', roles: ['dpo'] },
  { path: '/admin', label: 'nav.admin', roles: ['admin'] },
];

export function Layout({ publicPage = false }: { publicPage?: boolean }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const languages = publicPage || !session.authenticated ? LANGUAGES.map((language) => language.code) : STAFF_LANGUAGES;
  return (
    <>
      <a className="skip-link kern-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <div className="kern-kopfzeile">
        <div className="kern-container">
          <div className="kern-kopfzeile__content">
            <span className="kern-kopfzeile__flagge" aria-hidden="true"></span>
            <span className="kern-kopfzeile__label">{t('common.officialSite')}</span>
          </div>
        </div>
      </div>
      <header className="app-header">
        <div className="kern-container app-header__bar">
          <NavLink to="/" className="app-brand kern-link">
            {t('common.appName')}
          </NavLink>
          <label className="kern-label language-switch">
            <span className="kern-sr-only">{t('common.language')}</span>
            <span className="kern-form-input__select-wrapper">
              <select
                className="kern-form-input__select"
                value={i18n.language}
                aria-label={t('common.language')}
                onChange={(event) => switchLanguage(event.target.value as LanguageCode)}
              >
                {LANGUAGES.filter((language) => languages.includes(language.code)).map((language) => (
                  <option key={language.code} value={language.code} lang={language.code}>
                    {language.name}
                  </option>
                ))}
              </select>
            </span>
          </label>
          {session.authenticated ? (
            <span className="app-user">
              <span className="kern-body kern-body--small">{session.name ?? session.username}</span>{' '}
              <a className="kern-btn kern-btn--tertiary" href="/auth/logout">
                <span className="kern-label">{t('common.logout')}</span>
              </a>
            </span>
          ) : (
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => login('/start')}>
              <span className="kern-label">{t('common.login')}</span>
            </button>
          )}
        </div>
        {session.authenticated && (
          <nav className="kern-container app-nav" aria-label={t('common.mainNavigation')}>
            <ul className="kern-list kern-list--horizontal">
              {NAVIGATION.filter((item) => hasRole(session, ...item.roles)).map((item) => (
                <li key={item.path}>
                  <NavLink to={item.path} className={({ isActive }) => 'kern-link' + (isActive ? ' app-nav__active' : '')} end>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" className="kern-container app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="kern-container app-footer">
        <p className="kern-body kern-body--small kern-body--muted">{t('common.footer')}</p>
      </footer>
    </>
  );
}
