import { useTranslation } from 'react-i18next';
import { cases } from '../../../api/client';
import { ProblemAlert } from '../../../components/States';
import { withoutEmptyValues } from '../../../forms/schemas';
import { todayIso, useLabels } from '../../../i18n/format';
import { useCaseChange } from '../caseData';
import type { CaseState } from '../caseTypes';
import { ActionButton } from '../common/ActionButton';
import { SectionHeading } from '../common/SectionHeading';
import { useCaseAction } from '../common/useCaseAction';
import { useEditing } from '../common/useEditing';
import { ConsentForm } from './ConsentForm';
import { ConsentList } from './ConsentList';
import { ParticipationForm } from './ParticipationForm';
import { ParticipationList } from './ParticipationList';

/** Which authorities take part and what each may see: participations, consents and statutory bases. */
export function AuthoritiesSection({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useCaseAction();
  const id = state.id!;
  // Adding a participation or a consent conflicts with nobody's change: on 412 it is simply sent again.
  const change = useCaseChange(id);
  const active = (state.participations ?? []).filter((p) => !p.until || p.until >= todayIso());
  const taking = active.map((p) => p.authority ?? '');
  // The next step is open by itself: the first authority of a case, then the consent for it.
  const editing = useEditing(active.length === 0 ? 'participation' : null);
  const consented = (authority: string) => (state.consents ?? []).some((consent) => consent.recipient === authority && !consent.revokedAt);

  return (
    <section aria-labelledby="authorities-title" className="case-section">
      <SectionHeading id="authorities-title" title={t('case.section.authorities')} />
      {action.problem !== undefined && <ProblemAlert error={action.problem} />}
      <div className="subsection">
        <div className="section-heading">
          <h3 className="kern-heading-small">{t('participation.title')}</h3>
          {!editing.is('participation') && (
            <ActionButton onClick={() => editing.start('participation')}>{t('participation.add')}</ActionButton>
          )}
        </div>
        {editing.is('participation') && (
          <ParticipationForm
            taking={taking}
            save={(values) =>
              change.change((current) =>
                cases.POST('/api/cases/{id}/participations', {
                  params: { path: { id }, header: { 'If-Match': current.etag } },
                  body: withoutEmptyValues(values),
                }),
              )
            }
            onDone={(authority) => (consented(authority) ? editing.stop('authorities-title') : editing.start('consent:' + authority))}
            onCancel={() => editing.stop('authorities-title')}
          />
        )}
        <ParticipationList
          participations={state.participations ?? []}
          busy={action.busy}
          onEnd={(participation) => {
            const authority = labels.label('AuthorityWithArticle', participation.authority);
            void action.run(
              'end:' + participation.id,
              () =>
                change.change((current) =>
                  cases.POST('/api/cases/{id}/participations/{participation}/end', {
                    params: {
                      path: { id, participation: participation.id! },
                      query: { until: todayIso() },
                      header: { 'If-Match': current.etag },
                    },
                  }),
                ),
              t('participation.ended', { authority }),
              {
                title: t('participation.endTitle', { authority }),
                body: t('participation.endBody', { authority }),
                confirm: t('participation.endConfirm'),
              },
            );
          }}
        />
      </div>
      <div className="subsection">
        <div className="section-heading">
          <h3 className="kern-heading-small">{t('consent.title')}</h3>
          {!editing.editing?.startsWith('consent') && (
            <ActionButton onClick={() => editing.start('consent')}>{t('consent.grant')}</ActionButton>
          )}
        </div>
        {editing.editing?.startsWith('consent') && (
          <ConsentForm
            authorities={taking}
            recipient={editing.editing.split(':')[1]}
            save={(values) =>
              change.change((current) =>
                cases.POST('/api/cases/{id}/consents', {
                  params: { path: { id }, header: { 'If-Match': current.etag } },
                  body: withoutEmptyValues(values),
                }),
              )
            }
            onDone={() => editing.stop('authorities-title')}
            onCancel={() => editing.stop('authorities-title')}
          />
        )}
        <ConsentList
          consents={state.consents ?? []}
          busy={action.busy}
          onRevoke={(consent, recipient) =>
            void action.run(
              'revoke:' + consent.id,
              () =>
                change.change((current) =>
                  cases.POST('/api/cases/{id}/consents/{consent}/revoke', {
                    params: { path: { id, consent: consent.id! }, header: { 'If-Match': current.etag } },
                  }),
                ),
              t('consent.revoked', { recipient }),
              {
                title: t('consent.revokeTitle', { recipient }),
                body: t('consent.revokeBody', { recipient }),
                confirm: t('consent.revokeConfirm'),
              },
            )
          }
        />
      </div>
    </section>
  );
}
