import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, regions } from '../../api/client';
import { Empty, QueryStates } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { SectionHeading } from '../cases/common/SectionHeading';
import { useAxisLabel } from './useAxisLabel';

/** Needs without an active offer in the area (offers are public; the needs behind a gap may be suppressed). */
export function GapListSection({ id, title, subregion, level }: { id: string; title: string; subregion?: string; level: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const axisLabel = useAxisLabel();
  const rows = level === 'accommodation' ? 'quarter' : level;
  const gaps = useQuery({
    queryKey: ['monitoring', 'gaps', rows, subregion],
    queryFn: () => call(regions.GET('/api/monitoring/gaps', { params: { query: { rows, subregion } } })),
  });
  const needs = gaps.data?.needs;
  const found = (needs?.rows?.items ?? []).flatMap((area, i) => {
    const missing = (needs?.columns?.items ?? [])
      .filter((_, j) => gaps.data?.gaps?.[i]?.[j])
      .map((need) => labels.label('NeedKind', need.key));
    return missing.length > 0 ? [{ area: axisLabel(needs?.rows?.dimension, area), needs: missing }] : [];
  });
  return (
    <section aria-labelledby={id} className="case-section monitoring-section">
      <SectionHeading id={id} title={title} />
      <QueryStates query={gaps} />
      {gaps.data && (
        <>
          <p className="kern-body kern-body--bold">{t('gaps.count', { count: gaps.data.gapCount ?? 0 })}</p>
          {found.length === 0 && <Empty text={t('monitoring.noGaps')} />}
          <dl className="fact-list">
            {found.map((gap) => (
              <div key={gap.area} className="fact-list__row">
                <dt>{gap.area}</dt>
                <dd>{gap.needs.join(', ')}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
