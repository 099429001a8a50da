import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, cases } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useLoad } from '../../api/useLoad';
import { useTeam } from '../../api/useTeam';
import { useLabels } from '../../i18n/format';
import { Button, SelectField, TextField } from '../../components/Fields';
import { ProblemAlert } from '../../components/States';
import type { CaseSectionProps } from './caseTypes';

/** Hand the case to another case manager or, with a move, to another sub-region; or withdraw a pending request. */
export function TransferSection({ state, etag, reload }: CaseSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const action = useAction();
  const municipalities = useLoad(() => call(cases.GET('/api/cases/reference/municipalities', {})), []);
  const [toMunicipalityId, setToMunicipalityId] = useState('');
  const [toCaseManager, setToCaseManager] = useState('');
  const [reason, setReason] = useState('');
  const pending = state.transfer;
  return (
    <section id="transfer" aria-labelledby="transfer-title" className="case-section">
      <h2 id="transfer-title" className="kern-heading-medium">
        {t('case.section.transfer')}
      </h2>
      {pending ? (
        <div className="kern-alert kern-alert--info" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">
              {t('transfer.pending', {
                subregion: pending.toSubregion,
                caseManager: pending.toCaseManager ? team.name(pending.toCaseManager) : t('transfer.anyCaseManager'),
                date: labels.date(pending.requestedAt),
              })}
            </p>
            <Button
              kind="secondary"
              busy={action.busy}
              onClick={() =>
                action.run(
                  () =>
                    call(
                      cases.POST('/api/cases/{id}/transfer/withdraw', {
                        params: { path: { id: state.id! }, header: { 'If-Match': etag } },
                      }),
                    ),
                  reload,
                )
              }
            >
              {t('transfer.withdraw')}
            </Button>
          </div>
        </div>
      ) : (
        <form
          className="inline-form"
          aria-label={t('transfer.request')}
          onSubmit={(event) => {
            event.preventDefault();
            void action.run(
              () =>
                call(
                  cases.POST('/api/cases/{id}/transfer', {
                    params: { path: { id: state.id! }, header: { 'If-Match': etag } },
                    body: { toMunicipalityId: toMunicipalityId || undefined, toCaseManager: toCaseManager || undefined, reason },
                  }),
                ),
              reload,
            );
          }}
        >
          <SelectField
            label={t('transfer.toMunicipality')}
            field="toMunicipalityId"
            value={toMunicipalityId}
            onChange={setToMunicipalityId}
            empty={t('transfer.sameMunicipality')}
            error={action.error}
            options={(municipalities.data ?? []).map((municipality) => ({
              value: municipality.id!,
              label: `${municipality.name} (${municipality.subregion})`,
            }))}
          />
          <SelectField
            label={t('transfer.toCaseManager')}
            field="toCaseManager"
            value={toCaseManager}
            onChange={setToCaseManager}
            empty={t('transfer.anyCaseManager')}
            error={action.error}
            hint={t('transfer.toCaseManagerHint')}
            options={team.members
              .filter((member) => member.role === 'CASE_MANAGER' && member.subject !== state.caseManager)
              .map((member) => ({ value: member.subject!, label: `${member.displayName} (${member.subregion})` }))}
          />
          <TextField label={t('transfer.reason')} field="reason" value={reason} onChange={setReason} error={action.error} required />
          <Button type="submit" busy={action.busy}>
            {t('transfer.request')}
          </Button>
        </form>
      )}
      {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(reload)} />}
    </section>
  );
}
