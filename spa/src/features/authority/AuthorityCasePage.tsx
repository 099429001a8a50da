import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { useSubregions } from '../../api/reference';
import { PageContents } from '../../components/PageContents';
import { Loading, ProblemAlert } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { HelpLink } from '../help/HelpLink';
import { CaseContact } from './CaseContact';
import { ConsentSummary, ViewConsents } from './ViewConsents';
import { ViewHousehold } from './ViewHousehold';
import { ViewNotes } from './ViewNotes';
import { ViewNeeds, ViewPlan } from './ViewPlan';
import { ViewConferences, ViewReferrals } from './ViewReferrals';
import { householdNames, useAuthorityCase, viewData } from './viewData';

const SECTIONS = ['household', 'needs', 'plan', 'referrals', 'conferences', 'notes', 'consents'] as const;

/**
 * One case as the authority may see it: whom to call first, what is shared and on what basis, then every shared part
 * of the case in words, and the authority's own note.
 */
export function AuthorityCasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const subregions = useSubregions();
  const { authority = '' } = useSession();
  const loaded = useAuthorityCase(authority, caseId);
  const back = (
    <p className="kern-body">
      <Link className="kern-link" to="/authority">
        {t('authorityView.backToList')}
      </Link>
    </p>
  );
  // A case whose consent ended is not found any more: the way back stays.
  if (loaded.error && !loaded.data)
    return (
      <div className="kern-stack">
        {back}
        <h1 className="kern-heading-large">{t('authorityView.case')}</h1>
        <ProblemAlert error={loaded.error} onRetry={() => void loaded.refetch()} />
      </div>
    );
  if (!loaded.data) return <Loading />;
  const view = loaded.data.view;
  const data = viewData(view);
  const names = householdNames(data);
  const shown = SECTIONS.filter((section) => section !== 'consents' || data.consents !== undefined);
  return (
    <div className="kern-stack authority-case">
      {back}
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">
          {names.length > 1
            ? t('case.heading', { name: names[0], count: names.length - 1 })
            : (names[0] ?? t('case.title', { number: data.number }))}
        </h1>
        <p className="kern-subline">
          {[
            // Without names the heading is the number already.
            names.length > 0 && `${t('case.number')} ${data.number}`,
            data.fileReference && t('authorityView.fileReferenceIs', { reference: data.fileReference }),
            subregions.name(data.subregion),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </hgroup>
      <HelpLink topic="authorityCase" />
      <p className="kern-body kern-body--bold">
        {t('authorityView.categories')}: {(view.categories ?? []).map((category) => labels.label('DataCategory', category)).join(', ')}
      </p>
      {data.consents && <ConsentSummary consents={data.consents} />}
      <CaseContact contact={view.contact} subregion={data.subregion} />
      <PageContents items={shown.map((section) => ({ id: `view-${section}`, title: t(`authorityView.section.${section}`) }))} />
      <ViewHousehold data={data} />
      <ViewNeeds data={data} />
      <ViewPlan data={data} />
      <ViewReferrals data={data} />
      <ViewConferences data={data} />
      <ViewNotes authority={authority} view={view} data={data} />
      {data.consents && <ViewConsents consents={data.consents} />}
    </div>
  );
}
