import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { call, cases, type CaseSchemas } from '../../api/client';
import { useSession } from '../../api/session';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { NoteForm } from '../cases/NoteForm';

/** What the view holds of a case: only the parts the consented categories (or § 69 SGB X) allow; the rest is absent. */
interface ViewData {
  number?: string;
  fileReference?: string;
  phase?: string;
  nextReview?: string;
  members?: {
    id: string;
    firstName?: string;
    lastName?: string;
    birthDate?: string;
    residenceStatus?: string;
    residenceValidUntil?: string;
  }[];
  needs?: CaseSchemas['Need'][];
  goals?: CaseSchemas['Goal'][];
  referrals?: CaseSchemas['Referral'][];
  conferences?: CaseSchemas['Conference'][];
  notes?: CaseSchemas['Note'][];
}

function viewData(view: CaseSchemas['ViewCase']): ViewData {
  return (view.data ?? {}) as ViewData;
}

/** Authority staff: the cases their authority takes part in, each with exactly what consent or statute allows. */
export function AuthorityViewPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { authority = '' } = useSession();
  const loaded = useLoad(
    () => call(cases.GET('/api/views/{authority}/cases', { params: { path: { authority }, query: { size: 100 } } })),
    [authority],
  );
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('authority.title', { authority: labels.label('Authority', authority) })}</h1>
      <p className="kern-body">{t('authority.intro')}</p>
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} onRetry={loaded.reload} />}
      {loaded.data && loaded.data.length === 0 && <Empty text={t('authority.empty')} />}
      {loaded.data && loaded.data.length > 0 && (
        <table className="kern-table" data-testid="authority-cases">
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('case.number')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('participation.fileReference')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('case.household')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('authority.categories')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {loaded.data.map((view) => {
              const data = viewData(view);
              return (
                <tr key={view.caseId} className="kern-table__row">
                  <td className="kern-table__cell">
                    <Link className="kern-link" to={`/authority/cases/${view.caseId}`}>
                      {data.number}
                    </Link>
                  </td>
                  <td className="kern-table__cell">{data.fileReference ?? '–'}</td>
                  <td className="kern-table__cell">
                    {(data.members ?? [])
                      .map((member) => [member.firstName, member.lastName].filter(Boolean).join(' '))
                      .filter(Boolean)
                      .join(', ') || '–'}
                  </td>
                  <td className="kern-table__cell">
                    {(view.categories ?? []).map((category) => labels.label('DataCategory', category)).join(', ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function AuthorityCasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const { authority = '' } = useSession();
  const loaded = useLoad(
    () => call(cases.GET('/api/views/{authority}/cases/{caseId}', { params: { path: { authority, caseId } } })),
    [authority, caseId],
  );
  if (loaded.error !== undefined) return <ProblemAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const view = loaded.data;
  const data = viewData(view);
  return (
    <div className="kern-stack">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{t('case.title', { number: data.number })}</h1>
        <p className="kern-subline">
          {t('authority.categories')}: {(view.categories ?? []).map((category) => labels.label('DataCategory', category)).join(', ')}
        </p>
      </hgroup>
      {data.members && (
        <section aria-labelledby="view-members">
          <h2 id="view-members" className="kern-heading-medium">
            {t('case.section.household')}
          </h2>
          <ul className="kern-list">
            {data.members.map((member) => (
              <li key={member.id}>
                {[member.firstName, member.lastName].filter(Boolean).join(' ') || t('authority.nameHidden')}
                {member.residenceStatus &&
                  ` · ${labels.label('ResidenceStatus', member.residenceStatus)} ${t('authority.until', { date: labels.date(member.residenceValidUntil) })}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="view-needs">
        <h2 id="view-needs" className="kern-heading-medium">
          {t('need.title')}
        </h2>
        {(data.needs ?? []).length === 0 ? (
          <Empty text={t('need.none')} />
        ) : (
          <ul className="kern-list">
            {(data.needs ?? []).map((need) => (
              <li key={need.id}>{labels.label('NeedKind', need.kind)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="view-goals">
        <h2 id="view-goals" className="kern-heading-medium">
          {t('goal.title')}
        </h2>
        {(data.goals ?? []).length === 0 ? (
          <Empty text={t('goal.none')} />
        ) : (
          <ul className="kern-list">
            {(data.goals ?? []).map((goal) => (
              <li key={goal.id}>
                {goal.title}:{' '}
                {(goal.measures ?? [])
                  .map((measure) => `${measure.description} (${labels.label('Authority', measure.responsibleAuthority)})`)
                  .join('; ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="view-notes">
        <h2 id="view-notes" className="kern-heading-medium">
          {t('case.section.notes')}
        </h2>
        {(data.notes ?? []).length === 0 ? (
          <Empty text={t('note.none')} />
        ) : (
          <ul className="note-list">
            {(data.notes ?? []).map((note) => (
              <li key={note.id} className="kern-card kern-card--small">
                <div className="kern-card__container">
                  <p className="kern-body kern-body--small kern-body--muted">
                    {labels.dateTime(note.writtenAt)} · {labels.label('Authority', note.authorAuthority)}
                  </p>
                  <p className="kern-body kern-preline">{note.text}</p>
                </div>
              </li>
            ))}
          </ul>
        )}
        <NoteForm
          categories={view.categories ?? []}
          write={(note) =>
            call(
              cases.POST('/api/views/{authority}/cases/{caseId}/notes', {
                // The case version the view shows: a change the view has not caught up with yet gives 412, reload and retry.
                params: { path: { authority, caseId }, header: { 'If-Match': `"${view.caseVersion}"` } },
                body: note,
              }),
            )
          }
          onWritten={loaded.reload}
        />
      </section>
    </div>
  );
}
