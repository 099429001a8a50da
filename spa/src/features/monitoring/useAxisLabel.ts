import { useTranslation } from 'react-i18next';
import { useSubregions } from '../../api/reference';
import { useLabels } from '../../i18n/format';
import { DIMENSION_KINDS, type MonitoringTable } from './monitoringApi';

type Item = NonNullable<MonitoringTable['rows']>['items'] extends (infer I)[] | undefined ? I : never;

/** How a row or column of a monitoring table is named: areas by name, codes by their label, months by the locale. */
export function useAxisLabel() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const subregions = useSubregions();
  return (dimension: string | undefined, item: Item) => {
    const key = item.key ?? '';
    if (key === 'NONE') return t('monitoring.none');
    if (key === 'COUNT') return t('monitoring.count');
    if (dimension === 'month') {
      const [year, month] = key.split('-').map(Number);
      return new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(year, month - 1, 1),
      );
    }
    // Areas come named by the service; a sub-region it names only by its code gets the district's name for it.
    if (dimension === 'subregion' && (!item.label || item.label === key)) return subregions.name(key);
    const kind = DIMENSION_KINDS[dimension ?? ''];
    return kind ? labels.label(kind, key) : (item.label ?? key);
  };
}
