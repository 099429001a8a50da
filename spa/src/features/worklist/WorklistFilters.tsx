import { useState, type ReactNode } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zCasePhase, zFlagKind, zPriority } from '../../api/generated/case-service.zod';
import { SelectInput, TextInput, type Option } from '../../components/form/Inputs';
import { useSearchForm } from '../../forms/useSearchForm';
import { useLabels } from '../../i18n/format';
import type { WorklistFilters as Filters } from './worklistParams';

/** Besides the API's default of 30 days. */
const INACTIVE_DAYS = ['14', '60', '90'];

/**
 * The search and the filters of the worklist, kept in the address (useSearchForm).
 */
export function WorklistFilters({
  filters,
  onChange,
  caseManagers,
  children,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** The sub-region's case managers by name, for coordinators; absent for others. */
  caseManagers?: Option[];
  /** Shown beside the search (the choice of my or all cases). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const form = useSearchForm(filters, onChange);

  const days =
    INACTIVE_DAYS.includes(filters.inactiveDays) || !filters.inactiveDays ? INACTIVE_DAYS : [...INACTIVE_DAYS, filters.inactiveDays];
  const active = (['phase', 'flag', 'priority', 'caseManager', 'inactiveDays'] as const).filter((name) => filters[name]).length;
  // Folded away unless a filter is set, so the cases show in the first view; then open or closed as the person left
  // it: never folded away under the cursor when the last filter is taken back.
  const [open, setOpen] = useState(active > 0);
  return (
    <FormProvider {...form}>
      <form
        role="search"
        aria-label={t('worklist.searchAndFilter')}
        className="worklist-filters"
        noValidate
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="worklist-filters__top">
          <div className="worklist-filters__search">
            <TextInput name="q" type="search" label={t('worklist.search')} hint={t('worklist.searchHint')} filter />
          </div>
          {children}
        </div>
        <details className="worklist-filters__more" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary className="kern-link">{active > 0 ? t('worklist.filtersActive', { count: active }) : t('worklist.filters')}</summary>
          <div className="filter-bar">
            <SelectInput
              name="phase"
              label={t('case.phase')}
              empty={t('worklist.anyPhase')}
              options={labels.options('CasePhase', zCasePhase.options)}
              filter
            />
            <SelectInput
              name="flag"
              label={t('worklist.flagFilter')}
              empty={t('worklist.anyFlag')}
              options={labels.options('Flag', zFlagKind.options)}
              filter
            />
            <SelectInput
              name="priority"
              label={t('case.priority')}
              empty={t('worklist.anyPriority')}
              options={labels.options('Priority', zPriority.options)}
              filter
            />
            {caseManagers && (
              <SelectInput
                name="caseManager"
                label={t('case.caseManager')}
                empty={t('worklist.anyCaseManager')}
                options={caseManagers}
                filter
              />
            )}
            <SelectInput
              name="inactiveDays"
              label={t('worklist.inactiveDays')}
              empty={t('worklist.inactiveDaysDefault')}
              options={days.map((value) => ({ value, label: t('worklist.days', { count: Number(value) }) }))}
              filter
            />
          </div>
        </details>
      </form>
    </FormProvider>
  );
}
