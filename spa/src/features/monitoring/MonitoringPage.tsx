import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { call, regions } from '../../api/client';
import { hasRole, useSession } from '../../api/session';
import { useLoad } from '../../api/useLoad';
import { SelectField, TextField } from '../../components/Fields';
import { Loading, ProblemAlert } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { BarChart, MonthlyChart, type Count } from './Charts';
import { downloadCsv, LANGUAGE_COURSES, loadTable, TOOK_PART, type MonitoringTable, type TableQuery } from './monitoringApi';
import { TableView } from './TableView';
import { useAxisLabel } from './useAxisLabel';

const AREA_LEVELS = ['subregion', 'municipality', 'quarter', 'accommodation'] as const;

/** The month n months before this one, as YYYY-MM. */
function month(offset: number): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - offset, 1));
  return date.toISOString().slice(0, 7);
}

/**
 * Small-area monitoring for analysts, coordinators (their sub-region) and admins: charts and tables per area and
 * month, every count as the service published it, suppressed cells shown as suppressed.
 */
export function MonitoringPage() {
  const { t } = useTranslation();
  const session = useSession();
  const districtWide = hasRole(session, 'analyst', 'admin');
  const [subregion, setSubregion] = useState(districtWide ? '' : (session.subregion ?? ''));
  const [level, setLevel] = useState<string>(districtWide ? 'subregion' : 'municipality');
  const [from, setFrom] = useState(month(11));
  const [to, setTo] = useState(month(0));
  const subregions = useLoad(() => call(regions.GET('/api/regions/subregions', { params: { query: { size: 50 } } })), []);
  const area: TableQuery = { subregion: subregion || undefined };
  const period: TableQuery = { ...area, from, to };
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('monitoring.title')}</h1>
      <p className="kern-body">{t('monitoring.intro')}</p>
      <form className="filter-bar" onSubmit={(event) => event.preventDefault()}>
        {districtWide && (
          <SelectField
            label={t('monitoring.subregion')}
            field="subregion"
            value={subregion}
            onChange={setSubregion}
            empty={t('gaps.wholeDistrict')}
            options={(subregions.data?.items ?? []).map((item) => ({ value: item.code!, label: item.name! }))}
          />
        )}
        <SelectField
          label={t('monitoring.level')}
          field="rows"
          value={level}
          onChange={setLevel}
          options={AREA_LEVELS.map((value) => ({ value, label: t(`monitoring.dimension.${value}`) }))}
        />
        <TextField label={t('monitoring.from')} field="from" type="month" value={from} onChange={setFrom} />
        <TextField label={t('monitoring.to')} field="to" type="month" value={to} onChange={setTo} />
      </form>
      {subregion && (
        <p className="kern-body">
          <Link className="kern-link" to={`/monitoring/report?subregion=${subregion}&from=${from}&to=${to}`}>
            {t('monitoring.report.open')}
          </Link>
        </p>
      )}

      <Section title={t('monitoring.openCases')} indicator="open-cases" query={{ ...area, rows: level, columns: 'phase' }}>
        {(table) => <AreaBars table={table} title={t('monitoring.openCases')} />}
      </Section>
      <CaseFlow query={{ ...period, rows: 'month', columns: 'none' }} />
      <LanguageCourses period={period} area={area} />
      <Section title={t('monitoring.needs')} indicator="needs" query={{ ...area, rows: 'need', columns: 'none' }}>
        {(table) => <AreaBars table={table} title={t('monitoring.needs')} />}
      </Section>
      <Section
        title={t('monitoring.authorities')}
        indicator="authority-participation"
        query={{ ...area, rows: 'authority', columns: 'none' }}
      >
        {(table) => <AreaBars table={table} title={t('monitoring.authorities')} />}
      </Section>
      <Section title={t('monitoring.referrals')} indicator="referrals" query={{ ...period, rows: 'offer-category', columns: 'status' }}>
        {(table) => <AreaBars table={table} title={t('monitoring.referrals')} />}
      </Section>
      <GapList subregion={subregion} level={level} />
      <Section
        title={t('monitoring.timeToPhase')}
        indicator="phases-reached"
        query={{ ...period, rows: 'phase', columns: 'none' }}
        averages
      >
        {(table) => <AverageBars table={table} title={t('monitoring.timeToPhase')} />}
      </Section>
    </div>
  );
}

/** One monitoring table: its chart, the table itself and its CSV export. */
function Section({
  title,
  indicator,
  query,
  averages = false,
  children,
}: {
  title: string;
  indicator: string;
  query: TableQuery;
  averages?: boolean;
  children: (table: MonitoringTable) => ReactNode;
}) {
  const { t } = useTranslation();
  const table = useLoad(() => loadTable(indicator, query), [indicator, query]);
  const [exportError, setExportError] = useState<unknown>();
  return (
    <section className="kern-stack monitoring-section" aria-label={title}>
      <h2 className="kern-heading-medium">{title}</h2>
      {table.loading && !table.data && <Loading />}
      {table.error !== undefined && <ProblemAlert error={table.error} onRetry={table.reload} />}
      {table.data && (
        <>
          {children(table.data)}
          <TableView table={table.data} caption={title} averages={averages} />
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            onClick={() => downloadCsv(indicator, query).then(() => setExportError(undefined), setExportError)}
          >
            <span className="kern-label">{t('monitoring.csv')}</span>
          </button>
          {exportError !== undefined && <ProblemAlert error={exportError} />}
        </>
      )}
    </section>
  );
}

/** The rows' totals as bars (areas, needs, authorities …). */
function AreaBars({ table, title }: { table: MonitoringTable; title: string }) {
  const axisLabel = useAxisLabel();
  const bars = (table.rows?.items ?? []).map((item, i) => ({
    label: axisLabel(table.rows?.dimension, item),
    value: published(table.rowTotals?.[i]),
  }));
  return <BarChart title={title} bars={bars} />;
}

function AverageBars({ table, title }: { table: MonitoringTable; title: string }) {
  const axisLabel = useAxisLabel();
  // A phase nobody reached has no average (not zero days); one whose average is withheld shows as suppressed.
  const bars = (table.rows?.items ?? []).flatMap((item, i) => {
    const cell = table.cells?.[i]?.[0];
    if (!cell?.suppressed && !cell?.value) return [];
    const average = cell.averageDays;
    return [
      { label: axisLabel(table.rows?.dimension, item), value: average === undefined || average === null ? null : Math.round(average) },
    ];
  });
  return <BarChart title={title} bars={bars} />;
}

function published(cell?: { value?: number | null; suppressed?: boolean }): Count {
  return cell?.suppressed ? null : (cell?.value ?? 0);
}

/** Cases opened and closed per month, as a time series. */
function CaseFlow({ query }: { query: TableQuery }) {
  const { t } = useTranslation();
  const axisLabel = useAxisLabel();
  const opened = useLoad(() => loadTable('cases-opened', query), [query]);
  const closed = useLoad(() => loadTable('cases-closed', query), [query]);
  const title = t('monitoring.caseFlow');
  const months = opened.data?.rows?.items ?? [];
  const column = (table?: MonitoringTable) => (table?.cells ?? []).map((row) => published(row[0]));
  return (
    <section className="kern-stack monitoring-section" aria-label={title}>
      <h2 className="kern-heading-medium">{title}</h2>
      {(opened.loading || closed.loading) && <Loading />}
      {opened.error !== undefined && <ProblemAlert error={opened.error} onRetry={opened.reload} />}
      {closed.error !== undefined && <ProblemAlert error={closed.error} onRetry={closed.reload} />}
      {opened.data && closed.data && (
        <>
          <MonthlyChart
            title={title}
            months={months.map((item) => axisLabel('month', item))}
            series={[
              { name: t('monitoring.opened'), values: column(opened.data) },
              { name: t('monitoring.closed'), values: column(closed.data) },
            ]}
          />
          <TableView table={opened.data} caption={t('monitoring.opened')} />
          <TableView table={closed.data} caption={t('monitoring.closed')} />
        </>
      )}
    </section>
  );
}

/**
 * Seed 002: women take part in language courses less often. Participants (referred to a language, integration or
 * literacy course in the period, started or completed) beside the household members of open cases, by gender.
 */
function LanguageCourses({ period, area }: { period: TableQuery; area: TableQuery }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const query = { ...period, rows: 'gender', columns: 'age-band', 'offer-category': LANGUAGE_COURSES, status: TOOK_PART };
  const participants = useLoad(() => loadTable('referrals', query), [query]);
  const members = useLoad(() => loadTable('household-members', { ...area, rows: 'gender', columns: 'age-band' }), [area]);
  const title = t('monitoring.languageCourses');
  const genders = participants.data?.rows?.items ?? [];
  return (
    <section className="kern-stack monitoring-section" aria-label={title}>
      <h2 className="kern-heading-medium">{title}</h2>
      <p className="kern-body">{t('monitoring.languageCoursesIntro')}</p>
      {(participants.loading || members.loading) && <Loading />}
      {participants.error !== undefined && <ProblemAlert error={participants.error} onRetry={participants.reload} />}
      {members.error !== undefined && <ProblemAlert error={members.error} onRetry={members.reload} />}
      {participants.data && members.data && (
        <>
          <BarChart
            title={t('monitoring.participantsByGender')}
            bars={genders.map((gender, i) => ({
              label: labels.label('Gender', gender.key),
              value: published(participants.data!.rowTotals?.[i]),
            }))}
          />
          <ul className="kern-list">
            {genders.map((gender, i) => {
              const took = published(participants.data!.rowTotals?.[i]);
              const base = published(
                members.data!.rowTotals?.[members.data!.rows?.items?.findIndex((item) => item.key === gender.key) ?? -1],
              );
              return (
                <li key={gender.key}>
                  {labels.label('Gender', gender.key)}:{' '}
                  {took === null || base === null || base === 0
                    ? t('monitoring.rateUnknown')
                    : t('monitoring.rate', { took, base, percent: Math.round((100 * took) / base) })}
                </li>
              );
            })}
          </ul>
          <TableView table={participants.data} caption={t('monitoring.participants')} />
          <TableView table={members.data} caption={t('monitoring.members')} />
        </>
      )}
    </section>
  );
}

/** Needs without an active offer in the area (offers are public; the needs behind a gap may be suppressed). */
function GapList({ subregion, level }: { subregion: string; level: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const axisLabel = useAxisLabel();
  const rows = level === 'accommodation' ? 'quarter' : level;
  const gaps = useLoad(
    () => call(regions.GET('/api/monitoring/gaps', { params: { query: { rows, subregion: subregion || undefined } } })),
    [rows, subregion],
  );
  const title = t('monitoring.gaps');
  const needs = gaps.data?.needs;
  const found = (needs?.rows?.items ?? []).flatMap((area, i) =>
    (needs?.columns?.items ?? [])
      .filter((_, j) => gaps.data?.gaps?.[i]?.[j])
      .map((need) => ({ area: axisLabel(needs?.rows?.dimension, area), need: labels.label('NeedKind', need.key) })),
  );
  return (
    <section className="kern-stack monitoring-section" aria-label={title}>
      <h2 className="kern-heading-medium">{title}</h2>
      {gaps.loading && !gaps.data && <Loading />}
      {gaps.error !== undefined && <ProblemAlert error={gaps.error} onRetry={gaps.reload} />}
      {gaps.data && (
        <>
          <p className="kern-body kern-body--bold">{t('gaps.count', { count: gaps.data.gapCount ?? 0 })}</p>
          <ul className="kern-list">
            {found.map((gap) => (
              <li key={gap.area + gap.need}>
                {gap.area}: {gap.need}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
