import { z } from 'zod';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/form/Form';
import { SelectInput, TextInput } from '../../../components/form/Inputs';
import { useApiForm } from '../../../forms/useApiForm';
import { useLabels } from '../../../i18n/format';
import { useMunicipalities, usePlaces, useTeam } from '../../../api/reference';
import { zCaseInput, zCasePhase, zPriority } from '../../../api/generated/case-service.zod';
import type { VersionedCase } from '../caseData';
import type { CaseState } from '../caseTypes';

const overviewSchema = zCaseInput.omit({ members: true }).refine((values) => values.phase !== 'CLOSED' || Boolean(values.closedReason), {
  path: ['closedReason'],
  params: { rule: 'required' },
});
export type OverviewValues = z.infer<typeof overviewSchema>;

/** Phase (and closing with a reason), priority, next review, case manager, and where the household lives. */
export function OverviewForm({
  state,
  save,
  onDone,
  onCancel,
}: {
  state: CaseState;
  save: (values: OverviewValues) => Promise<VersionedCase>;
  onDone: (changed: VersionedCase) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const { municipalities } = useMunicipalities();
  const api = useApiForm({
    schema: overviewSchema,
    defaultValues: {
      municipalityId: state.municipalityId ?? '',
      quarterId: state.quarterId ?? '',
      accommodationId: state.accommodationId ?? '',
      phase: state.phase ?? 'ANKOMMEN',
      closedReason: state.closedReason ?? '',
      priority: state.priority ?? 'NORMAL',
      nextReview: state.nextReview ?? '',
      caseManager: state.caseManager ?? '',
    } as never,
    submit: save,
    confirmation: () => t('overview.saved'),
    onDone,
  });
  const municipalityId = useWatch({ control: api.form.control, name: 'municipalityId' }) as string;
  const phase = useWatch({ control: api.form.control, name: 'phase' }) as string;
  const places = usePlaces(municipalityId);
  const caseManagers = team.members
    .filter((member) => member.subregion === state.subregion && member.role === 'CASE_MANAGER')
    .map((member) => ({ value: member.subject ?? '', label: member.displayName ?? '' }));
  if (state.caseManager && !caseManagers.some((option) => option.value === state.caseManager)) {
    caseManagers.unshift({ value: state.caseManager, label: team.name(state.caseManager, t('overview.unknownPerson')) });
  }
  return (
    <Form api={api} label={t('overview.edit')} submit={t('overview.save')} onCancel={onCancel}>
      <div className="form-grid">
        <SelectInput name="phase" label={t('case.phase')} options={labels.options('CasePhase', zCasePhase.options)} required />
        {phase === 'CLOSED' && <TextInput name="closedReason" label={t('case.closedReason')} required hint={t('overview.closedHint')} />}
        <SelectInput name="priority" label={t('case.priority')} options={labels.options('Priority', zPriority.options)} required />
        <TextInput name="nextReview" label={t('case.nextReview')} type="date" />
        <SelectInput name="caseManager" label={t('case.caseManager')} options={caseManagers} required />
        <SelectInput
          name="municipalityId"
          label={t('wizard.municipality')}
          options={municipalities.filter((m) => m.subregion === state.subregion).map((m) => ({ value: m.id ?? '', label: m.name ?? '' }))}
          required
          hint={t('overview.municipalityHint')}
        />
        <SelectInput
          name="quarterId"
          label={t('wizard.quarter')}
          options={places.quarters.map((q) => ({ value: q.id ?? '', label: q.name ?? '' }))}
        />
        <SelectInput
          name="accommodationId"
          label={t('wizard.accommodation')}
          empty={t('wizard.privateHousing')}
          options={places.accommodations.map((a) => ({ value: a.id ?? '', label: a.name ?? '' }))}
        />
      </div>
    </Form>
  );
}
