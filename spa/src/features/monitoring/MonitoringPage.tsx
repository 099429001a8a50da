import { FormProvider } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSubregions } from '../../api/reference';
import { hasRole, useSession } from '../../api/session';
import { SelectInput } from '../../components/form/Inputs';
import { PageContents } from '../../components/PageContents';
import { useUrlFilters } from '../../forms/useUrlFilters';
import { HelpLink } from '../help/HelpLink';
import { CaseFlowSection } from './CaseFlowSection';
import { GapListSection } from './GapListSection';
import { LanguageCoursesSection } from './LanguageCoursesSection';
import { MonitoringSection } from './MonitoringSection';
import { AREA_LEVELS, monthBefore, type TableQuery } from './monitoringApi';
import { AreaBars, AverageBars } from './TableCharts';
import { useAxisLabel } from './useAxisLabel';

const SECTIONS = ['open-cases', 'case-flow', 'language-courses', 'needs', 'authorities', 'referrals', 'gaps', 'time-to-phase'] as const;

/**
 * Small-area monitoring for analysts, coordinators (their sub-region) and admins: per indicator a chart, the table
 * and its CSV, every count as the service published it, suppressed cells marked. The choices stay in the address.
 */
export function MonitoringPage() {
  const { t } = useTranslation();
  const session = useSession();
  const subregions = useSubregions();
  const axisLabel = useAxisLabel();
  const districtWide = hasRole(session, 'analyst', 'admin');
  const filters = useUrlFilters({
    subregion: '',
    level: districtWide ? 'subregion' : 'municipality',
    from: monthBefore(11),
    to: monthBefore(0),
  });
  const { level, from, to } = filters.values;
  const subregion = districtWide ? filters.values.subregion || undefined : (session.subregion ?? undefined);
  const area: TableQuery = { subregion };
  const period: TableQuery = { ...area, from, to };
  const months = Array.from({ length: 36 }, (_, offset) => monthBefore(offset)).map((key) => ({
    value: key,
    label: axisLabel('month', { key }),
  }));
  const title = (section: (typeof SECTIONS)[number]) => t(`monitoring.section.${section}`);
  const id = (section: (typeof SECTIONS)[number]) => `monitoring-${section}`;
  return (
    <div className="kern-stack">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{t('monitoring.title')}</h1>
        <p className="kern-subline">{subregion ? subregions.name(subregion) : t('gaps.wholeDistrict')}</p>
      </hgroup>
      <HelpLink topic="monitoring" />
      <p className="kern-body">{t('monitoring.intro')}</p>
      <FormProvider {...filters.form}>
        <form className="filter-bar" aria-label={t('monitoring.filters')} onSubmit={(event) => event.preventDefault()}>
          {/* Mounted with its options, so that it shows the address's choice. */}
          {districtWide && subregions.subregions.length > 0 && (
            <SelectInput
              name="subregion"
              label={t('monitoring.subregion')}
              empty={t('gaps.wholeDistrict')}
              options={subregions.subregions.map((item) => ({ value: item.code ?? '', label: item.name ?? '' }))}
              filter
            />
          )}
          <SelectInput
            name="level"
            label={t('monitoring.level')}
            options={AREA_LEVELS.map((value) => ({ value, label: t(`monitoring.dimension.${value}`) }))}
            filter
          />
          <SelectInput name="from" label={t('monitoring.from')} options={months} filter />
          <SelectInput name="to" label={t('monitoring.to')} options={months} filter />
        </form>
      </FormProvider>
      {subregion && (
        <p className="kern-body">
          <Link className="kern-link" to={`/monitoring/report?subregion=${subregion}&from=${from}&to=${to}`}>
            {t('monitoring.report.open')}
          </Link>
        </p>
      )}
      <PageContents items={SECTIONS.map((section) => ({ id: id(section), title: title(section) }))} />
      <MonitoringSection
        id={id('open-cases')}
        title={title('open-cases')}
        indicator="open-cases"
        query={{ ...area, rows: level, columns: 'phase' }}
      >
        {(table) => <AreaBars table={table} title={title('open-cases')} />}
      </MonitoringSection>
      <CaseFlowSection id={id('case-flow')} title={title('case-flow')} query={{ ...period, rows: 'month', columns: 'none' }} />
      <LanguageCoursesSection id={id('language-courses')} title={title('language-courses')} period={period} area={area} />
      <MonitoringSection id={id('needs')} title={title('needs')} indicator="needs" query={{ ...area, rows: 'need', columns: 'none' }}>
        {(table) => <AreaBars table={table} title={title('needs')} />}
      </MonitoringSection>
      <MonitoringSection
        id={id('authorities')}
        title={title('authorities')}
        indicator="authority-participation"
        query={{ ...area, rows: 'authority', columns: 'none' }}
      >
        {(table) => <AreaBars table={table} title={title('authorities')} />}
      </MonitoringSection>
      <MonitoringSection
        id={id('referrals')}
        title={title('referrals')}
        indicator="referrals"
        query={{ ...period, rows: 'offer-category', columns: 'status' }}
      >
        {(table) => <AreaBars table={table} title={title('referrals')} />}
      </MonitoringSection>
      <GapListSection id={id('gaps')} title={title('gaps')} subregion={subregion} level={level} />
      <MonitoringSection
        id={id('time-to-phase')}
        title={title('time-to-phase')}
        indicator="phases-reached"
        query={{ ...period, rows: 'phase', columns: 'none' }}
        averages
      >
        {(table) => <AverageBars table={table} title={title('time-to-phase')} />}
      </MonitoringSection>
    </div>
  );
}
