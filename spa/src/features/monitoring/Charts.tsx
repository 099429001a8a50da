import { useTranslation } from 'react-i18next';

/** A published count, or null where the service suppressed it: charts draw no height for what nobody may know. */
export type Count = number | null;

const WIDTH = 640;
const LABEL_WIDTH = 190;
const ROW_HEIGHT = 26;

/**
 * Horizontal bars, one per area or code. A suppressed count gets an outlined stub and the word "suppressed" instead
 * of a length, so the chart never suggests a number. The figures themselves are in the table below each chart; the
 * chart is the picture of it, named for screen readers.
 */
export function BarChart({ title, bars }: { title: string; bars: { label: string; value: Count }[] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const scale = (WIDTH - LABEL_WIDTH - 60) / max;
  return (
    <figure className="chart">
      <svg role="img" aria-label={t('monitoring.chartLabel', { title })} viewBox={`0 0 ${WIDTH} ${bars.length * ROW_HEIGHT + 8}`}>
        {bars.map((bar, index) => {
          const y = index * ROW_HEIGHT + 4;
          return (
            <g key={bar.label + index}>
              <text className="chart__label" x={LABEL_WIDTH - 8} y={y + 16} textAnchor="end">
                {bar.label.length > 26 ? bar.label.slice(0, 25) + '…' : bar.label}
              </text>
              {bar.value === null ? (
                <>
                  <rect className="chart__bar chart__bar--suppressed" x={LABEL_WIDTH} y={y + 3} width={14} height={ROW_HEIGHT - 8} />
                  <text className="chart__value" x={LABEL_WIDTH + 20} y={y + 16}>
                    {t('monitoring.suppressed')}
                  </text>
                </>
              ) : (
                <>
                  <rect className="chart__bar" x={LABEL_WIDTH} y={y + 3} width={bar.value * scale} height={ROW_HEIGHT - 8} />
                  <text className="chart__value" x={LABEL_WIDTH + bar.value * scale + 6} y={y + 16}>
                    {number.format(bar.value)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Counts per month as grouped columns (e.g. cases opened and closed), suppressed months marked, not drawn. */
export function MonthlyChart({ title, months, series }: { title: string; months: string[]; series: { name: string; values: Count[] }[] }) {
  const { t, i18n } = useTranslation();
  const height = 200;
  const bottom = height - 36;
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((value) => value ?? 0)));
  const slot = (WIDTH - 40) / Math.max(1, months.length);
  const column = Math.min(18, (slot - 6) / series.length);
  return (
    <figure className="chart">
      <svg role="img" aria-label={t('monitoring.chartLabel', { title })} viewBox={`0 0 ${WIDTH} ${height}`}>
        <line className="chart__axis" x1={30} x2={WIDTH - 6} y1={bottom} y2={bottom} />
        <text className="chart__value" x={26} y={14} textAnchor="end">
          {new Intl.NumberFormat(i18n.language).format(max)}
        </text>
        {months.map((month, m) => (
          <g key={month}>
            {series.map((s, k) => {
              const x = 34 + m * slot + k * column;
              const value = s.values[m];
              return value === null ? (
                <text key={s.name} className={`chart__mark chart__series-${k}`} x={x + column / 2} y={bottom - 4} textAnchor="middle">
                  ×
                </text>
              ) : (
                <rect
                  key={s.name}
                  className={`chart__bar chart__series-${k}`}
                  x={x}
                  y={bottom - (value / max) * (bottom - 20)}
                  width={column - 2}
                  height={(value / max) * (bottom - 20)}
                />
              );
            })}
            <text className="chart__label" x={34 + m * slot + slot / 2 - 3} y={bottom + 16} textAnchor="middle">
              {months.length > 12 && m % 2 === 1 ? '' : month}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="kern-body kern-body--small">
        {title}:{' '}
        {series.map((s, k) => (
          <span key={s.name} className="chart__legend">
            <span className={`chart__swatch chart__series-${k}`} aria-hidden="true" /> {s.name}
          </span>
        ))}{' '}
        <span className="chart__legend">× {t('monitoring.suppressed')}</span>
      </figcaption>
    </figure>
  );
}
