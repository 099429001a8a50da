import { useTranslation } from 'react-i18next';

/**
 * Where a paged list stands ("1–50 von 312") and the way to the previous and next page; pages count from 0. The
 * buttons keep their places and are disabled at either end; a list on one page needs none.
 */
export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (page: number) => void }) {
  const { t, i18n } = useTranslation();
  if (total === 0) return null;
  const number = new Intl.NumberFormat(i18n.language);
  const from = Math.min(total, page * size + 1);
  const to = Math.min(total, (page + 1) * size);
  return (
    <nav className="pager" aria-label={t('common.pages')}>
      <p className="kern-body pager__range">
        {t('common.range', { from: number.format(from), to: number.format(to), total: number.format(total) })}
      </p>
      {total > size && (
        <div className="pager__buttons">
          <button type="button" className="kern-btn kern-btn--secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
            <span className="kern-label">{t('common.previous')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" disabled={to >= total} onClick={() => onPage(page + 1)}>
            <span className="kern-label">{t('common.nextPage')}</span>
          </button>
        </div>
      )}
    </nav>
  );
}
