import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { hasRole, loadSession, login, SessionContext, startPage, useSession, type Role, type Session } from './api/session';
import { Layout } from './components/Layout';
import { Loading } from './components/States';
import { PublicPage } from './features/public/PublicPage';
import { WorklistPage } from './features/worklist/WorklistPage';
import { CaseDetailPage } from './features/cases/CaseDetailPage';
import { NewCaseWizard } from './features/cases/NewCaseWizard';
import { TransfersPage } from './features/transfers/TransfersPage';
import { OfferSearchPage } from './features/offers/OfferSearchPage';
import { CaseloadPage } from './features/coordinator/CaseloadPage';
import { GapMatrixPage } from './features/coordinator/GapMatrixPage';
import { MonitoringPage } from './features/monitoring/MonitoringPage';
import { ProgrammeReportPage } from './features/monitoring/ProgrammeReportPage';
import { RegionsPage } from './features/regions/RegionsPage';
import { AuthorityCasePage, AuthorityViewPage } from './features/authority/AuthorityViewPage';
import { ProviderReferralsPage } from './features/provider/ProviderReferralsPage';
import { ProviderOffersPage } from './features/provider/ProviderOffersPage';
import { AuditPage } from './features/audit/AuditPage';
import { AdminPage } from './features/admin/AdminPage';

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
          <Route path="/cases/:id" element={guarded(CASEWORK, <CaseDetailPage />)} />
          <Route path="/transfers" element={guarded(CASEWORK, <TransfersPage />)} />
          <Route path="/offers" element={guarded([...CASEWORK, 'admin'], <OfferSearchPage />)} />
          <Route path="/caseload" element={guarded(['coordinator'], <CaseloadPage />)} />
          <Route path="/gaps" element={guarded(['coordinator', 'analyst', 'admin'], <GapMatrixPage />)} />
          <Route path="/monitoring" element={guarded(['coordinator', 'analyst', 'admin'], <MonitoringPage />)} />
          <Route path="/monitoring/report" element={guarded(['coordinator', 'analyst', 'admin'], <ProgrammeReportPage />)} />
          <Route path="/regions" element={guarded(['coordinator', 'admin'], <RegionsPage />)} />
          <Route path="/authority" element={guarded(['authority-staff'], <AuthorityViewPage />)} />
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
