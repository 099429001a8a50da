import { useEffect } from 'react';
import { NavLink, Navigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMunicipalities } from '../../api/reference';
import { Loading, ProblemAlert } from '../../components/States';
import { HelpLink } from '../help/HelpLink';
import { useLabels } from '../../i18n/format';
import { useCase } from './caseData';
import { memberName } from './caseInput';
import type { CaseState } from './caseTypes';
import { focusSoon } from './common/useEditing';
import { AuthoritiesSection } from './authorities/AuthoritiesSection';
import { ConferencesSection } from './conferences/ConferencesSection';
import { HistorySection } from './history/HistorySection';
import { HouseholdSection } from './household/HouseholdSection';
import { NeedsSection } from './needs/NeedsSection';
import { NotesSection } from './notes/NotesSection';
import { OverviewSection } from './overview/OverviewSection';
import { PlanSection } from './plan/PlanSection';
import { ReferralsSection } from './referrals/ReferralsSection';
import { TransferSection } from './transfer/TransferSection';

/** The parts of a case, each with its own page: the address says which, so "back" and bookmarks work. */
const SECTIONS: Record<string, (props: { state: CaseState }) => React.ReactNode> = {
  overview: OverviewSection,
  household: HouseholdSection,
  authorities: AuthoritiesSection,
  needs: NeedsSection,
  plan: PlanSection,
  conferences: ConferencesSection,
  referrals: ReferralsSection,
  notes: NotesSection,
  transfer: TransferSection,
  history: HistorySection,
};

/** One case: its heading, the navigation of its parts, and the part asked for, with its own view and edit modes. */
export function CasePage() {
  const { id = '', section = 'overview' } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const municipalities = useMunicipalities();
  const loaded = useCase(id);
  const Section = SECTIONS[section];
  // A section chosen from the navigation gets the focus, so keyboard and screen-reader users land in it.
  useEffect(() => {
    if (loaded.data) focusSoon(`${section}-title`);
  }, [section, Boolean(loaded.data)]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!Section) return <Navigate to={`/cases/${id}`} replace />;
  if (loaded.error && !loaded.data) return <ProblemAlert error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!loaded.data) return <Loading />;
  const state = loaded.data.state;
  const people = (state.members ?? []).map(memberName);
  return (
    <div className="case-page">
      <hgroup className="kern-hgroup case-page__head">
        <h1 className="kern-heading-large">
          {people.length > 1 ? t('case.heading', { name: people[0], count: people.length - 1 }) : (people[0] ?? state.number)}
        </h1>
        <p className="kern-subline">
          {t('case.number')} {state.number} · {municipalities.name(state.municipalityId)} · {labels.label('CasePhase', state.phase)} ·{' '}
          {t('case.priority')}: {labels.label('Priority', state.priority)}
        </p>
      </hgroup>
      <HelpLink topic="case" />
      <div className="case-page__body">
        <nav className="case-nav" aria-label={t('case.sections')}>
          <ul className="case-nav__list">
            {Object.keys(SECTIONS).map((name) => (
              <li key={name}>
                <NavLink
                  to={name === 'overview' ? `/cases/${id}` : `/cases/${id}/${name}`}
                  end
                  className={({ isActive }) => 'kern-link case-nav__link' + (isActive ? ' case-nav__link--active' : '')}
                >
                  {t(`case.section.${name}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="case-page__section">
          <Section state={state} />
        </div>
      </div>
    </div>
  );
}
