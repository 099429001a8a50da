import { useTranslation } from 'react-i18next';
import { call, cases } from '../../api/client';
import { useLabels } from '../../i18n/format';
import { Empty } from '../../components/States';
import { type CaseSectionProps } from './caseTypes';
import { DATA_CATEGORIES } from '../../api/enums';
import { NoteForm } from './NoteForm';

export function NotesSection({ state, etag, reload }: CaseSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section id="notes" aria-labelledby="notes-title" className="case-section">
      <h2 id="notes-title" className="kern-heading-medium">
        {t('case.section.notes')}
      </h2>
      {(state.notes ?? []).length === 0 && <Empty text={t('note.none')} />}
      <ul className="note-list">
        {(state.notes ?? []).map((note) => (
          <li key={note.id} className="kern-card kern-card--small">
            <div className="kern-card__container">
              <p className="kern-body kern-body--small kern-body--muted">
                {labels.dateTime(note.writtenAt)} · {note.author} ({labels.label('Authority', note.authorAuthority)}) ·{' '}
                {labels.label('DataCategory', note.category)} · {labels.label('Visibility', note.visibility)}
              </p>
              <p className="kern-body kern-preline">{note.text}</p>
            </div>
          </li>
        ))}
      </ul>
      <NoteForm
        categories={DATA_CATEGORIES}
        write={(note) =>
          call(cases.POST('/api/cases/{id}/notes', { params: { path: { id: state.id! }, header: { 'If-Match': etag } }, body: note }))
        }
        onWritten={reload}
      />
    </section>
  );
}
