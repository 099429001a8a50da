import { useTranslation } from 'react-i18next';
import { useTeam } from '../../api/reference';
import { Empty } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { SectionHeading } from '../cases/common/SectionHeading';
import { focusSoon } from '../cases/common/useEditing';
import { NoteForm } from '../cases/notes/NoteForm';
import { useWriteViewNote, type ViewCase, type ViewData } from './viewData';

/**
 * The notes the authority may see (its own, and those of others in its categories), newest first, and a new one: it
 * may only be filed under a shared category, and stays with the authority unless opened to all taking part.
 */
export function ViewNotes({ authority, view, data }: { authority: string; view: ViewCase; data: ViewData }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const write = useWriteViewNote(authority, view.caseId ?? '');
  const notes = [...(data.notes ?? [])].sort((a, b) => (b.writtenAt ?? '').localeCompare(a.writtenAt ?? ''));
  const author = (note: (typeof notes)[number]) =>
    note.authorAuthority === authority
      ? t('authorityView.yourAuthority', { authority: labels.label('Authority', authority) })
      : note.authorAuthority
        ? labels.label('Authority', note.authorAuthority)
        : team.name(note.author, t('note.kim'));
  return (
    <section aria-labelledby="view-notes" className="case-section">
      <SectionHeading id="view-notes" title={t('authorityView.section.notes')} />
      <NoteForm
        categories={view.categories ?? []}
        write={write}
        onDone={() => focusSoon('view-notes')}
        mayConfide={authority === 'JUGENDAMT'}
      />
      {notes.length === 0 && <Empty text={t('note.none')} />}
      <ul className="note-list">
        {notes.map((note) => (
          <li key={note.id} className="kern-card kern-card--small">
            <div className="kern-card__container">
              <p className="kern-body kern-body--small kern-body--muted">
                {labels.dateTime(note.writtenAt)} · {author(note)} · {labels.label('DataCategory', note.category)} ·{' '}
                {labels.label('Visibility', note.visibility)}
                {note.confided && (
                  <>
                    {' '}
                    <span className="kern-badge kern-badge--warning">
                      <span className="kern-label">{t('authorityView.confided')}</span>
                    </span>
                  </>
                )}
              </p>
              <p className="kern-body kern-preline">{note.text}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
