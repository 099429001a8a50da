import { useTranslation } from 'react-i18next';

/**
 * The contents of a long page (the sections of a case view, the indicators of the monitoring): links to each
 * section's heading, so people jump to what they need and screen-reader users get an overview first.
 */
export function PageContents({ items }: { items: { id: string; title: string }[] }) {
  const { t } = useTranslation();
  return (
    <nav className="page-contents" aria-label={t('common.contents')}>
      <p className="kern-label page-contents__title" aria-hidden="true">
        {t('common.contents')}
      </p>
      <ul className="kern-list page-contents__list">
        {items.map((item) => (
          <li key={item.id}>
            <a className="kern-link" href={`#${item.id}`}>
              {item.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
