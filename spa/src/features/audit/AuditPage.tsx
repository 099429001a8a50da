import { useTranslation } from 'react-i18next';
import { PageContents } from '../../components/PageContents';
import { HelpLink } from '../help/HelpLink';
import { CaseAuditSection } from './CaseAuditSection';
import { ReferralAuditSection } from './ReferralAuditSection';
import { SubjectExportForm } from './SubjectExportForm';

/** The data-protection officer's tools: the audit logs of cases and referrals, and the answer to a request for access. */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('audit.title')}</h1>
      <HelpLink topic="audit" />
      <PageContents
        items={[
          { id: 'case-audit', title: t('audit.cases') },
          { id: 'referral-audit', title: t('referralAudit.title') },
          { id: 'subject-export', title: t('subjectExport.title') },
        ]}
      />
      <CaseAuditSection />
      <ReferralAuditSection />
      <SubjectExportForm />
    </div>
  );
}
