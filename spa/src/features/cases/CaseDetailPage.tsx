import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { call, callWithVersion, cases } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { useTeam } from '../../api/useTeam';
import { useLabels } from '../../i18n/format';
import { Loading, ProblemAlert } from '../../components/States';
import { HouseholdSection } from './HouseholdSection';
import { AuthoritiesSection } from './AuthoritiesSection';
import { PlanSection } from './PlanSection';
import { ReferralsSection } from './ReferralsSection';
import { NotesSection } from './NotesSection';
import { HistorySection } from './HistorySection';
import { TransferSection } from './TransferSection';

const SECTIONS = ['household', 'authorities', 'plan', 'referrals', 'notes', 'transfer', 'history'] as const;

/** Everything about one case on one page, each part with its own form; every change reloads the case. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const loaded = useLoad(async () => {
    const [current, municipalities] = await Promise.all([
      callWithVersion(cases.GET('/api/cases/{id}', { params: { path: { id } } })),
      call(cases.GET('/api/cases/reference/municipalities', {})),
    ]);
    return { ...current, municipalities };
  }, [id]);
  if (loaded.error !== undefined && !loaded.data) return <ProblemAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { data: state, etag, municipalities } = loaded.data;
  const section = { state, etag, reload: loaded.reload };
  const municipality = municipalities.find((candidate) => candidate.id === state.municipalityId);
  return (
    <div className="kern-stack case-page">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{t('case.title', { number: state.number })}</h1>
        <p className="kern-subline">
          {municipality?.name} · {labels.label('CasePhase', state.phase)} · {t('case.priority')}: {labels.label('Priority', state.priority)}
        </p>
      </hgroup>
      {loaded.loading && <Loading />}
      {/* A failed reload keeps the case and what was typed into its forms. */}
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} onRetry={loaded.reload} />}
      <nav aria-label={t('case.sections')}>
        <ul className="kern-list kern-list--horizontal">
          {SECTIONS.map((name) => (
            <li key={name}>
              <a className="kern-link" href={`#${name}`}>
                {t(`case.section.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('case.caseManager')}</dt>
          <dd className="kern-description-list-item__value">{team.name(state.caseManager)}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('case.openedAt')}</dt>
          <dd className="kern-description-list-item__value">{labels.date(state.openedAt)}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('case.nextReview')}</dt>
          <dd className="kern-description-list-item__value">{labels.date(state.nextReview)}</dd>
        </div>
      </dl>
      <HouseholdSection key={`HouseholdSection-${state.id}`} {...section} />
      <AuthoritiesSection key={`AuthoritiesSection-${state.id}`} {...section} />
      <PlanSection key={`PlanSection-${state.id}`} {...section} />
      <ReferralsSection key={`ReferralsSection-${state.id}`} {...section} />
      <NotesSection key={`NotesSection-${state.id}`} {...section} />
      <TransferSection key={`TransferSection-${state.id}`} {...section} />
      <HistorySection key={`HistorySection-${state.id}`} {...section} />
    </div>
  );
}
