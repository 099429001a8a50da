import { useTranslation } from 'react-i18next';

/**
 * Short help for the screen, in place: a disclosure that opens under the heading, so nothing typed is left behind.
 * The texts are in the translations under help.<topic> (a title and a few points).
 */
export function HelpLink({ topic }: { topic: string }) {
  const { t } = useTranslation();
  const points = t(`help.${topic}.points`, { returnObjects: true }) as string[];
  return (
    <details className="help">
      <summary className="kern-link help__summary">{t('help.show')}</summary>
      <div className="help__body kern-body">
        <p>
          <strong>{t(`help.${topic}.title`)}</strong>
        </p>
        <ul className="kern-list">
          {(Array.isArray(points) ? points : []).map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
