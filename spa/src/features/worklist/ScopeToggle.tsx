import { useTranslation } from 'react-i18next';
import { zScope } from '../../api/generated/case-service.zod';
import type { Scope } from './worklistParams';

/**
 * My cases or all cases of the sub-region (to stand in for a colleague). A search always covers the whole sub-region,
 * so the choice rests while one searches, and says so.
 */
export function ScopeToggle({ scope, onChange, searching }: { scope: Scope; onChange: (scope: Scope) => void; searching: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="scope-toggle">
      <div
        className="scope-toggle__buttons"
        role="group"
        aria-label={t('worklist.scope')}
        aria-describedby={searching ? 'scope-note' : undefined}
      >
        {zScope.options.map((value) => (
          <button
            key={value}
            type="button"
            className={'kern-btn ' + (scope === value ? 'kern-btn--primary' : 'kern-btn--secondary')}
            aria-pressed={scope === value}
            disabled={searching}
            onClick={() => onChange(value)}
          >
            <span className="kern-label">{t('worklist.scope' + value)}</span>
          </button>
        ))}
      </div>
      {searching && (
        <p id="scope-note" className="kern-body kern-body--small">
          {t('worklist.searchScopeNote')}
        </p>
      )}
    </div>
  );
}
