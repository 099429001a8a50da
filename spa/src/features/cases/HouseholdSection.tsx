import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, cases, type CaseSchemas } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useLabels } from '../../i18n/format';
import { Button, SelectField, TextField } from '../../components/Fields';
import { ScrollableTable } from '../../components/ScrollableTable';
import { ProblemAlert } from '../../components/States';
import { type CaseSectionProps, type CaseState } from './caseTypes';
import { CASE_PHASES } from '../../api/enums';

/** The case as the API takes it back: a change of phase or priority sends the household unchanged. */
export function caseInput(state: CaseState): CaseSchemas['CaseInput'] {
  return {
    municipalityId: state.municipalityId ?? '',
    quarterId: state.quarterId,
    accommodationId: state.accommodationId,
    phase: state.phase as CaseSchemas['CasePhase'],
    closedReason: state.closedReason,
    caseManager: state.caseManager,
    priority: state.priority as CaseSchemas['Priority'],
    nextReview: state.nextReview,
    members: (state.members ?? []).map((member) => ({
      id: member.id,
      firstName: member.firstName ?? '',
      lastName: member.lastName ?? '',
      birthDate: member.birthDate,
      gender: member.gender,
      nationality: member.nationality,
      languages: (member.languages ?? []).map((skill) => ({ code: skill.code ?? '', level: skill.level ?? '' })),
      residenceStatus: member.residenceStatus,
      residenceValidUntil: member.residenceValidUntil,
      arrivalDate: member.arrivalDate,
    })),
  };
}

export function HouseholdSection({ state, etag, reload }: CaseSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useAction();
  const [phase, setPhase] = useState(state.phase ?? 'ANKOMMEN');
  const [priority, setPriority] = useState(state.priority ?? 'NORMAL');
  const [nextReview, setNextReview] = useState(state.nextReview ?? '');
  const [closedReason, setClosedReason] = useState(state.closedReason ?? '');
  const save = () =>
    action.run(
      () =>
        call(
          cases.PUT('/api/cases/{id}', {
            params: { path: { id: state.id! }, header: { 'If-Match': etag } },
            body: {
              ...caseInput(state),
              phase: phase as CaseSchemas['CasePhase'],
              priority: priority as CaseSchemas['Priority'],
              nextReview: nextReview || undefined,
              closedReason: phase === 'CLOSED' ? closedReason : undefined,
            },
          }),
        ),
      reload,
    );
  return (
    <section id="household" aria-labelledby="household-title" className="case-section">
      <h2 id="household-title" className="kern-heading-medium">
        {t('case.section.household')}
      </h2>
      <ScrollableTable label={t('case.section.household')}>
        <table className="kern-table">
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('member.name')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('member.birthDate')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('member.nationality')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('member.residenceStatus')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('member.residenceValidUntil')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('member.languages')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {(state.members ?? []).map((member) => (
              <tr key={member.id} className="kern-table__row">
                <td className="kern-table__cell">
                  {member.firstName} {member.lastName}
                </td>
                <td className="kern-table__cell">{labels.date(member.birthDate)}</td>
                <td className="kern-table__cell">{member.nationality ?? '–'}</td>
                <td className="kern-table__cell">{labels.label('ResidenceStatus', member.residenceStatus)}</td>
                <td className="kern-table__cell">{labels.date(member.residenceValidUntil)}</td>
                <td className="kern-table__cell">{(member.languages ?? []).map((skill) => `${skill.code} (${skill.level})`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      <form className="inline-form" onSubmit={(event) => (event.preventDefault(), save())} aria-label={t('case.settings')}>
        <SelectField
          label={t('case.phase')}
          field="phase"
          value={phase}
          onChange={setPhase}
          error={action.error}
          options={labels.options('CasePhase', CASE_PHASES)}
        />
        <SelectField
          label={t('case.priority')}
          field="priority"
          value={priority}
          onChange={setPriority}
          error={action.error}
          options={labels.options('Priority', ['LOW', 'NORMAL', 'HIGH'])}
        />
        <TextField
          label={t('case.nextReview')}
          field="nextReview"
          type="date"
          value={nextReview}
          onChange={setNextReview}
          error={action.error}
        />
        {phase === 'CLOSED' && (
          <TextField
            label={t('case.closedReason')}
            field="closedReason"
            value={closedReason}
            onChange={setClosedReason}
            error={action.error}
            required
          />
        )}
        <Button type="submit" busy={action.busy}>
          {t('common.save')}
        </Button>
      </form>
      {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(reload)} />}
    </section>
  );
}
