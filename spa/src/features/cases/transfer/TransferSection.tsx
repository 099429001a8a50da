import { useTranslation } from 'react-i18next';
import { cases } from '../../../api/client';
import { zTransferInput } from '../../../api/generated/case-service.zod';
import { useMunicipalities, useSubregions, useTeam } from '../../../api/reference';
import { Form } from '../../../components/form/Form';
import { SelectInput, TextArea } from '../../../components/form/Inputs';
import { ProblemAlert } from '../../../components/States';
import { withoutEmptyValues } from '../../../forms/schemas';
import { useApiForm } from '../../../forms/useApiForm';
import { useLabels } from '../../../i18n/format';
import { useCaseChange } from '../caseData';
import type { CaseState } from '../caseTypes';
import { ActionButton } from '../common/ActionButton';
import { SectionHeading } from '../common/SectionHeading';
import { useCaseAction } from '../common/useCaseAction';

/** Handing the case over: to a colleague, or with the household's move to another sub-region; and withdrawing it. */
export function TransferSection({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const subregions = useSubregions();
  const { municipalities, name } = useMunicipalities();
  const action = useCaseAction();
  const id = state.id!;
  const change = useCaseChange(id);
  const pending = state.transfer;
  const api = useApiForm({
    schema: zTransferInput,
    defaultValues: { toMunicipalityId: '', toCaseManager: '', reason: '' } as never,
    submit: (values) =>
      change.change((current) =>
        cases.POST('/api/cases/{id}/transfer', {
          params: { path: { id }, header: { 'If-Match': current.etag } },
          body: withoutEmptyValues(values),
        }),
      ),
    confirmation: () => t('transfers.requested'),
  });
  return (
    <section aria-labelledby="transfer-title" className="case-section">
      <SectionHeading id="transfer-title" title={t('case.section.transfer')} />
      {action.problem !== undefined && <ProblemAlert error={action.problem} />}
      {pending ? (
        <div className="kern-alert kern-alert--info">
          <div className="kern-alert__body">
            <p className="kern-body">
              {t('transfer.pending', {
                subregion: subregions.name(pending.toSubregion),
                caseManager: pending.toCaseManager
                  ? team.name(pending.toCaseManager, t('overview.unknownPerson'))
                  : t('transfer.anyCaseManager'),
                date: labels.date(pending.requestedAt),
              })}
            </p>
            <ActionButton
              busy={action.isBusy('withdraw')}
              onClick={() =>
                void action.run(
                  'withdraw',
                  () =>
                    change.change((current) =>
                      cases.POST('/api/cases/{id}/transfer/withdraw', { params: { path: { id }, header: { 'If-Match': current.etag } } }),
                    ),
                  t('transfers.withdrawn'),
                )
              }
            >
              {t('transfer.withdraw')}
            </ActionButton>
          </div>
        </div>
      ) : (
        <Form api={api} label={t('transfer.request')} submit={t('transfer.request')}>
          <div className="form-grid">
            <SelectInput
              name="toMunicipalityId"
              label={t('transfer.toMunicipality')}
              empty={t('transfer.sameMunicipality')}
              options={municipalities
                .filter((m) => m.id !== state.municipalityId)
                .map((m) => ({ value: m.id ?? '', label: `${name(m.id)} (${subregions.name(m.subregion)})` }))}
            />
            <SelectInput
              name="toCaseManager"
              label={t('transfer.toCaseManager')}
              empty={t('transfer.anyCaseManager')}
              options={team.members
                .filter((member) => member.role === 'CASE_MANAGER' && member.subject !== state.caseManager)
                .map((member) => ({ value: member.subject ?? '', label: `${member.displayName} (${subregions.name(member.subregion)})` }))}
            />
          </div>
          <TextArea name="reason" label={t('transfer.reason')} required rows={2} />
        </Form>
      )}
    </section>
  );
}
