import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cases } from '../../../api/client';
import { zDataCategory } from '../../../api/generated/case-service.zod';
import { useTeam } from '../../../api/reference';
import { Empty } from '../../../components/States';
import { useLabels } from '../../../i18n/format';
import { useCaseChange } from '../caseData';
import type { CaseState } from '../caseTypes';
import { MergedNotice } from '../common/MergedNotice';
import { SectionHeading } from '../common/SectionHeading';
import type { HistoryEntry } from '../../../api/conflict';
import { NoteForm } from './NoteForm';

/** The case's notes, newest first, and a new one. */
export function NotesSection({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const id = state.id!;
  // A note adds to the case; whatever changed meanwhile, it is written on top (no slice: never a conflict).
  const change = useCaseChange(id);
  const notes = [...(state.notes ?? [])].reverse();
  const [merged, setMerged] = useState<HistoryEntry[]>([]);
  return (
    <section aria-labelledby="notes-title" className="case-section">
      <SectionHeading id="notes-title" title={t('case.section.notes')} />
      <NoteForm
        categories={zDataCategory.options}
        write={async (note) => {
          const written = await change.change((current) =>
            cases.POST('/api/cases/{id}/notes', { params: { path: { id }, header: { 'If-Match': current.etag } }, body: note }),
          );
          // Someone changed the case while the note was typed: it was written on top; say what they changed.
          setMerged(written.meanwhile);
          return written;
        }}
      />
      <MergedNotice entries={merged} />
      {notes.length === 0 && <Empty text={t('note.none')} />}
      <ul className="note-list">
        {notes.map((note) => (
          <li key={note.id} className="kern-card kern-card--small">
            <div className="kern-card__container">
              <p className="kern-body kern-body--small kern-body--muted">
                {labels.dateTime(note.writtenAt)} ·{' '}
                {note.authorAuthority ? labels.label('Authority', note.authorAuthority) : team.name(note.author, t('note.kim'))} ·{' '}
                {labels.label('DataCategory', note.category)} · {labels.label('Visibility', note.visibility)}
              </p>
              <p className="kern-body kern-preline">{note.text}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
