import { lazy, useEffect, useState, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { hasRole, loadSession, login, SessionContext, startPage, useSession, type Role, type Session } from './api/session';
import { Layout } from './components/Layout';
import { Loading } from './components/States';

// The case managers' everyday screens come with the app; each other screen is its own chunk, loaded when first
// visited (a lazily loaded screen also waits for React to reveal it), so the worklist does not wait for the charts.
import { WorklistPage } from './features/worklist/WorklistPage';
import { CasePage } from './features/cases/CasePage';
const PublicPage = lazy(() => import('./features/public/PublicPage').then((module) => ({ default: module.PublicPage })));
const NewCaseWizard = lazy(() => import('./features/cases/wizard/NewCaseWizard').then((module) => ({ default: module.NewCaseWizard })));
const TransfersPage = lazy(() => import('./features/transfers/TransfersPage').then((module) => ({ default: module.TransfersPage })));
const OfferSearchPage = lazy(() => import('./features/offers/OfferSearchPage').then((module) => ({ default: module.OfferSearchPage })));
const CaseloadPage = lazy(() => import('./features/coordinator/CaseloadPage').then((module) => ({ default: module.CaseloadPage })));
const GapMatrixPage = lazy(() => import('./features/coordinator/GapMatrixPage').then((module) => ({ default: module.GapMatrixPage })));
const MonitoringPage = lazy(() => import('./features/monitoring/MonitoringPage').then((module) => ({ default: module.MonitoringPage })));
const ProgrammeReportPage = lazy(() =>
  import('./features/monitoring/ProgrammeReportPage').then((module) => ({ default: module.ProgrammeReportPage })),
);
const RegionsPage = lazy(() => import('./features/regions/RegionsPage').then((module) => ({ default: module.RegionsPage })));
const AuthorityCasesPage = lazy(() =>
  import('./features/authority/AuthorityCasesPage').then((module) => ({ default: module.AuthorityCasesPage })),
);
const AuthorityCasePage = lazy(() =>
  import('./features/authority/AuthorityCasePage').then((module) => ({ default: module.AuthorityCasePage })),
);
const ProviderReferralsPage = lazy(() =>
  import('./features/provider/ProviderReferralsPage').then((module) => ({ default: module.ProviderReferralsPage })),
);
const ProviderOffersPage = lazy(() =>
  import('./features/provider/ProviderOffersPage').then((module) => ({ default: module.ProviderOffersPage })),
);
const AuditPage = lazy(() => import('./features/audit/AuditPage').then((module) => ({ default: module.AuditPage })));
const AdminPage = lazy(() => import('./features/admin/AdminPage').then((module) => ({ default: module.AdminPage })));

/** A screen for some roles only; the services enforce the same rule, this only keeps people from dead ends. */
function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  useEffect(() => {
    if (!session.authenticated) login(location.pathname + location.search);
  }, [session.authenticated, location]);
  if (!session.authenticated) return <Loading />;
  if (!hasRole(session, ...roles)) {
    return (
      <div className="kern-alert kern-alert--warning" role="alert">
        <div className="kern-alert__header">
          <span className="kern-title">{t('common.notAllowed')}</span>
        </div>
      </div>
    );
  }
  return <>{children}</>;
}

const CASEWORK: Role[] = ['case-manager', 'coordinator'];

export function App() {
  const [session, setSession] = useState<Session>();
  useEffect(() => {
    const refresh = () => loadSession().then(setSession, () => setSession({ authenticated: false }));
    refresh();
    // A 401 from the API means the session ended (timeout, logout elsewhere): show the page as a visitor.
    window.addEventListener('kim:session-ended', refresh);
    return () => window.removeEventListener('kim:session-ended', refresh);
  }, []);
  if (!session) return <Loading />;
  const guarded = (roles: Role[], page: ReactNode) => <RequireRole roles={roles}>{page}</RequireRole>;
  return (
    <SessionContext.Provider value={session}>
      <Routes>
        <Route element={<Layout publicPage />}>
          <Route path="/" element={session.authenticated ? <Navigate to={startPage(session)} replace /> : <PublicPage />} />
          <Route path="/public" element={<PublicPage />} />
        </Route>
        <Route element={<Layout />}>
          <Route path="/start" element={<Navigate to={startPage(session)} replace />} />
          <Route path="/worklist" element={guarded(CASEWORK, <WorklistPage />)} />
          <Route path="/cases/new" element={guarded(CASEWORK, <NewCaseWizard />)} />
          <Route path="/cases/:id/:section?" element={guarded(CASEWORK, <CasePage />)} />
          <Route path="/transfers" element={guarded(CASEWORK, <TransfersPage />)} />
          <Route path="/offers" element={guarded([...CASEWORK, 'admin'], <OfferSearchPage />)} />
          <Route path="/caseload" element={guarded(['coordinator'], <CaseloadPage />)} />
          <Route path="/gaps" element={guarded(['coordinator', 'analyst', 'admin'], <GapMatrixPage />)} />
          <Route path="/monitoring" element={guarded(['coordinator', 'analyst', 'admin'], <MonitoringPage />)} />
          <Route path="/monitoring/report" element={guarded(['coordinator', 'analyst', 'admin'], <ProgrammeReportPage />)} />
          <Route path="/regions" element={guarded(['coordinator', 'admin'], <RegionsPage />)} />
          <Route path="/authority" element={guarded(['authority-staff'], <AuthorityCasesPage />)} />
          <Route path="/authority/cases/:caseId" element={guarded(['authority-staff'], <AuthorityCasePage />)} />
          <Route path="/provider/referrals" element={guarded(['provider-staff'], <ProviderReferralsPage />)} />
          <Route path="/provider/offers" element={guarded(['provider-staff'], <ProviderOffersPage />)} />
          <Route path="/audit" element={guarded(['dpo'], <AuditPage />)} />
          <Route path="/admin" element={guarded(['admin'], <AdminPage />)} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </SessionContext.Provider>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <h1 className="kern-heading-large">{t('common.notFound')}</h1>;
}
