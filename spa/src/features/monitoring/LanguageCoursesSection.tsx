import { useTranslation } from 'react-i18next';
import { Loading, ProblemAlert } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { SectionHeading } from '../cases/common/SectionHeading';
import { BarChart } from './Charts';
import { CsvButton } from './MonitoringSection';
import { LANGUAGE_COURSES, published, TOOK_PART, useTable, type TableQuery } from './monitoringApi';
import { TableView } from './TableView';

/**
 * Seed 002: women take part in language courses less often. Participants (referred to a language, integration or
 * literacy course in the period, started or completed) beside the household members of open cases, by gender.
 */
export function LanguageCoursesSection({ id, title, period, area }: { id: string; title: string; period: TableQuery; area: TableQuery }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const query = { ...period, rows: 'gender', columns: 'age-band', 'offer-category': LANGUAGE_COURSES, status: TOOK_PART };
  const membersQuery = { ...area, rows: 'gender', columns: 'age-band' };
  const participants = useTable('referrals', query);
  const members = useTable('household-members', membersQuery);
  const genders = participants.data?.rows?.items ?? [];
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section aria-labelledby={id} className="case-section monitoring-section">
      <SectionHeading id={id} title={title} />
      <p className="kern-body">{t('monitoring.languageCoursesIntro')}</p>
      {(participants.isPending || members.isPending) && <Loading />}
      {participants.error && <ProblemAlert error={participants.error} onRetry={() => void participants.refetch()} />}
      {members.error && <ProblemAlert error={members.error} onRetry={() => void members.refetch()} />}
      {participants.data && members.data && (
        <>
          <BarChart
            title={t('monitoring.participantsByGender')}
            bars={genders.map((gender, i) => ({
              label: labels.label('Gender', gender.key),
              value: published(participants.data.rowTotals?.[i]),
            }))}
          />
          <ul className="kern-list">
            {genders.map((gender, i) => {
              const took = published(participants.data.rowTotals?.[i]);
              const base = published(
                members.data.rowTotals?.[members.data.rows?.items?.findIndex((item) => item.key === gender.key) ?? -1],
              );
              return (
                <li key={gender.key}>
                  {labels.label('Gender', gender.key)}:{' '}
                  {took === null || base === null || base === 0
                    ? t('monitoring.rateUnknown')
                    : t('monitoring.rate', {
                        took: number.format(took),
                        base: number.format(base),
                        percent: number.format(Math.round((100 * took) / base)),
                      })}
                </li>
              );
            })}
          </ul>
          <TableView table={participants.data} caption={t('monitoring.participants')} />
          <CsvButton indicator="referrals" query={query} label={t('monitoring.csvOf', { name: t('monitoring.participants') })} />
          <TableView table={members.data} caption={t('monitoring.members')} />
          <CsvButton indicator="household-members" query={membersQuery} label={t('monitoring.csvOf', { name: t('monitoring.members') })} />
        </>
      )}
    </section>
  );
}
