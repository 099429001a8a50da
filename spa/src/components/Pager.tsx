import { useTranslation } from 'react-i18next';
import { Button } from './Fields';

/** Previous and next page of a paged list; pages count from 0. */
export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <div className="kern-btn-wrapper">
      <Button kind="secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('common.previous')}
      </Button>
      <Button kind="secondary" disabled={(page + 1) * size >= total} onClick={() => onPage(page + 1)}>
        {t('common.nextPage')}
      </Button>
    </div>
  );
}
