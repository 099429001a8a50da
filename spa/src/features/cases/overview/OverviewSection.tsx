import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cases } from '../../../api/client';
import type { HistoryEntry } from '../../../api/conflict';
import { useMunicipalities, usePlaces, useTeam } from '../../../api/reference';
import { useLabels } from '../../../i18n/format';
import { withoutEmptyValues } from '../../../forms/schemas';
import { useCaseChange } from '../caseData';
import { caseInput } from '../caseInput';
import type { CaseState } from '../caseTypes';
import { ActionButton } from '../common/ActionButton';
import { MergedNotice } from '../common/MergedNotice';
import { SectionHeading } from '../common/SectionHeading';
import { useEditing } from '../common/useEditing';
import { OverviewForm, type OverviewValues } from './OverviewForm';

const FIELDS = [
  'phase',
  'closedReason',
  'priority',
  'nextReview',
  'caseManager',
  'municipalityId',
  'quarterId',
  'accommodationId',
] as const;

/** The case at a glance: phase, priority, review, who manages it and how to reach them, where the household lives. */
export function OverviewSection({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const municipalities = useMunicipalities();
  const places = usePlaces(state.municipalityId);
  const editing = useEditing();
  const [merged, setMerged] = useState<HistoryEntry[]>([]);
  const id = state.id!;
  const change = useCaseChange(id, (current) => FIELDS.map((field) => current[field as keyof CaseState] ?? null));
  const manager = team.member(state.caseManager);
  const quarter = places.quarters.find((q) => q.id === state.quarterId)?.name;
  const accommodation = places.accommodations.find((a) => a.id === state.accommodationId)?.name;

  const save = (values: OverviewValues) =>
    change.change((current) =>
      cases.PUT('/api/cases/{id}', {
        params: { path: { id }, header: { 'If-Match': current.etag } },
        body: caseInput(current.state, {
          ...(withoutEmptyValues(values) as Partial<OverviewValues>),
          quarterId: values.quarterId || undefined,
          accommodationId: values.accommodationId || undefined,
          nextReview: values.nextReview || undefined,
          closedReason: values.phase === 'CLOSED' ? values.closedReason : undefined,
        }),
      }),
    );

  return (
    <section aria-labelledby="overview-title" className="case-section">
      <SectionHeading id="overview-title" title={t('case.section.overview')}>
        {!editing.is('overview') && (
          <ActionButton
            onClick={() => {
              change.begin();
              setMerged([]);
              editing.start('overview');
            }}
          >
            {t('overview.edit')}
          </ActionButton>
        )}
      </SectionHeading>
      <MergedNotice entries={merged} />
      {editing.is('overview') ? (
        <OverviewForm
          state={state}
          save={save}
          onDone={(changed) => {
            setMerged((changed as { meanwhile?: HistoryEntry[] }).meanwhile ?? []);
            editing.stop('overview-title');
          }}
          onCancel={() => editing.stop('overview-title')}
        />
      ) : (
        <dl className="fact-list fact-list--wide">
          <dt>{t('case.phase')}</dt>
          <dd>
            {labels.label('CasePhase', state.phase)}
            {state.phase === 'CLOSED' && state.closedReason ? ` – ${state.closedReason}` : ''}
          </dd>
          <dt>{t('case.priority')}</dt>
          <dd>{labels.label('Priority', state.priority)}</dd>
          <dt>{t('case.nextReview')}</dt>
          <dd>{labels.date(state.nextReview)}</dd>
          <dt>{t('case.caseManager')}</dt>
          <dd>
            {team.name(state.caseManager, t('overview.unknownPerson'))}
            {manager?.phone && (
              <>
                {' · '}
                <a className="kern-link" href={`tel:${manager.phone.replace(/[^+\d]/g, '')}`}>
                  {manager.phone}
                </a>
              </>
            )}
            {manager?.email && (
              <>
                {' · '}
                <a className="kern-link" href={`mailto:${manager.email}`}>
                  {manager.email}
                </a>
              </>
            )}
          </dd>
          <dt>{t('overview.livesIn')}</dt>
          <dd>
            {[municipalities.name(state.municipalityId), quarter, accommodation ?? t('wizard.privateHousing')].filter(Boolean).join(' · ')}
          </dd>
          <dt>{t('case.openedAt')}</dt>
          <dd>{labels.date(state.openedAt)}</dd>
        </dl>
      )}
    </section>
  );
}
