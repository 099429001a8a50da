import { useTranslation } from 'react-i18next';
import { cases } from '../../../api/client';
import { withoutEmptyValues } from '../../../forms/schemas';
import { todayIso } from '../../../i18n/format';
import { useCaseChange } from '../caseData';
import type { CaseState } from '../caseTypes';
import { ActionButton } from '../common/ActionButton';
import { SectionHeading } from '../common/SectionHeading';
import { useEditing } from '../common/useEditing';
import { ConferenceForm } from './ConferenceForm';
import { ConferenceList } from './ConferenceList';

/** Case conferences (Fallkonferenzen): who took part and what they decided. */
export function ConferencesSection({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const editing = useEditing();
  const id = state.id!;
  const change = useCaseChange(id);
  const authorities = (state.participations ?? []).filter((p) => !p.until || p.until >= todayIso()).map((p) => p.authority ?? '');
  return (
    <section aria-labelledby="conferences-title" className="case-section">
      <SectionHeading id="conferences-title" title={t('case.section.conferences')}>
        {!editing.is('conference') && <ActionButton onClick={() => editing.start('conference')}>{t('conference.add')}</ActionButton>}
      </SectionHeading>
      {editing.is('conference') && (
        <ConferenceForm
          authorities={authorities}
          goals={(state.goals ?? [])
            .filter((goal) => goal.status === 'OPEN')
            .map((goal) => ({ id: goal.id ?? '', title: goal.title ?? '' }))}
          save={(values) =>
            change.change((current) =>
              cases.POST('/api/cases/{id}/conferences', {
                params: { path: { id }, header: { 'If-Match': current.etag } },
                body: withoutEmptyValues(values),
              }),
            )
          }
          onDone={() => editing.stop('conferences-title')}
          onCancel={() => editing.stop('conferences-title')}
        />
      )}
      <ConferenceList conferences={state.conferences ?? []} none={t('conference.none')} decision={(decision) => decision.text} />
    </section>
  );
}
