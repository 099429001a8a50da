import { Suspense, useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { hasRole, login, logout, useSession, type Role } from '../api/session';
import { Loading } from './States';
import { chooseStaffLanguage, LANGUAGES, publicLanguage, showIn, staffLanguage, STAFF_LANGUAGES, type LanguageCode } from '../i18n';

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

/**
 * The frame of every page. The public page speaks the language its address names; the staff screens the one their
 * person chose (German or English) — the two never carry over. On a phone the header is one line and the navigation
 * opens from a menu button.
 */
export function Layout({ publicPage = false }: { publicPage?: boolean }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  // The menu is open on the page where it was opened: going to another page closes it.
  const [menuOpenAt, setMenuOpenAt] = useState<string>();
  const menuOpen = menuOpenAt === location.pathname;
  const staff = !publicPage && session.authenticated;
  const languages = staff ? STAFF_LANGUAGES : LANGUAGES.map((language) => language.code);

  useEffect(() => {
    showIn(publicPage ? publicLanguage(location.search) : staffLanguage());
  }, [publicPage, location.search]);

  const choose = (code: LanguageCode) => {
    if (publicPage) {
      const search = new URLSearchParams(location.search);
      search.set('lang', code);
      navigate({ pathname: location.pathname, search: '?' + search.toString() }, { replace: true });
    } else {
      chooseStaffLanguage(code);
    }
  };
  const items = NAVIGATION.filter((item) => hasRole(session, ...item.roles));
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
            <span className="app-brand__long">{t('common.appName')}</span>
            <span className="app-brand__short" aria-hidden="true">
              KIM
            </span>
          </NavLink>
          <label className="kern-label language-switch">
            <span className="kern-sr-only">{t('common.language')}</span>
            <span className="kern-form-input__select-wrapper">
              <select
                className="kern-form-input__select"
                value={i18n.language}
                aria-label={t('common.language')}
                onChange={(event) => choose(event.target.value as LanguageCode)}
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
            <span className={'app-user' + (staff ? ' app-user--staff' : '')}>
              <span className="kern-body kern-body--small app-user__name">{session.name ?? session.username}</span>{' '}
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void logout()}>
                <span className="kern-label">{t('common.logout')}</span>
              </button>
            </span>
          ) : (
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => login('/start')}>
              <span className="kern-label">{t('common.login')}</span>
            </button>
          )}
          {staff && items.length > 0 && (
            <button
              type="button"
              className="kern-btn kern-btn--secondary app-menu-button"
              aria-expanded={menuOpen}
              aria-controls="main-navigation"
              onClick={() => setMenuOpenAt(menuOpen ? undefined : location.pathname)}
            >
              <span className="kern-label">{t('common.menu')}</span>
            </button>
          )}
        </div>
        {staff && (
          <nav
            id="main-navigation"
            className={'kern-container app-nav' + (menuOpen ? ' app-nav--open' : '')}
            aria-label={t('common.mainNavigation')}
          >
            <ul className="kern-list kern-list--horizontal">
              {items.map((item) => (
                <li key={item.path}>
                  <NavLink
                    to={item.path}
                    className={({ isActive }) => 'kern-link' + (isActive ? ' app-nav__active' : '')}
                    end={item.path !== '/worklist'}
                  >
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
              <li className="app-nav__logout">
                <button type="button" className="kern-link app-nav__logout-button" onClick={() => void logout()}>
                  {t('common.logout')} ({session.name ?? session.username})
                </button>
              </li>
            </ul>
          </nav>
        )}
      </header>
      <main id="main" className="kern-container app-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="kern-container app-footer">
        <p className="kern-body kern-body--small kern-body--muted">{t('common.footer')}</p>
      </footer>
    </>
  );
}
