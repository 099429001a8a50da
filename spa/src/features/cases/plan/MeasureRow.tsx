import { useTranslation } from 'react-i18next';
import type { CaseSchemas } from '../../../api/client';
import { todayIso, useLabels } from '../../../i18n/format';
import { ActionButton } from '../common/ActionButton';

type Measure = CaseSchemas['Measure'];

/** The next steps of a measure: always in the same place, so none changes its meaning under the cursor. */
const STEPS = [
  { status: 'IN_PROGRESS', label: 'plan.start', from: ['PLANNED'] },
  { status: 'DONE', label: 'plan.done', from: ['PLANNED', 'IN_PROGRESS'] },
  { status: 'CANCELLED', label: 'plan.cancel', from: ['PLANNED', 'IN_PROGRESS'] },
] as const;

export function MeasureRow({
  measure,
  busy,
  onStep,
  onEdit,
}: {
  measure: Measure;
  busy?: string;
  onStep: (status: (typeof STEPS)[number]['status']) => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const overdue = measure.dueDate && measure.dueDate < todayIso() && ['PLANNED', 'IN_PROGRESS'].includes(measure.status ?? '');
  return (
    <li className="item-list__item measure">
      <div>
        <strong id={`measure-${measure.id}`} tabIndex={-1}>
          {measure.description}
        </strong>
        <div className="kern-body kern-body--small">
          {labels.label('MeasureStatus', measure.status)}
          {measure.endedOn && ` ${t('plan.endedOn', { date: labels.date(measure.endedOn) })}`} ·{' '}
          {t('plan.responsible', { who: labels.label('Authority', measure.responsibleAuthority) })}
          {measure.dueDate && ` · ${t('goal.due', { date: labels.date(measure.dueDate) })}`}{' '}
          {overdue && (
            <span className="kern-badge kern-badge--warning">
              <span className="kern-label">{t('plan.overdue')}</span>
            </span>
          )}
        </div>
      </div>
      <div className="card-actions">
        {STEPS.map((step) => (
          <ActionButton
            key={step.status}
            kind={step.status === 'CANCELLED' ? 'tertiary' : 'secondary'}
            disabled={!(step.from as readonly string[]).includes(measure.status ?? '')}
            busy={busy === `${measure.id}:${step.status}`}
            onClick={() => onStep(step.status)}
            aria-label={t(step.label + 'Of', { measure: measure.description })}
          >
            {t(step.label)}
          </ActionButton>
        ))}
        <ActionButton kind="tertiary" onClick={onEdit} aria-label={t('plan.editMeasure', { measure: measure.description })}>
          {t('common.edit')}
        </ActionButton>
      </div>
    </li>
  );
}
