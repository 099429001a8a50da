import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSchemas } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useLabels } from '../../i18n/format';
import { Button, SelectField, TextField } from '../../components/Fields';
import { ProblemAlert } from '../../components/States';

type NoteInput = CaseSchemas['NoteInput'];

/**
 * A note on a case, written by the KIM team (any category) or by authority staff through their view (only the
 * categories they may see); `write` sends it where it belongs.
 */
export function NoteForm({
  categories,
  write,
  onWritten,
}: {
  categories: readonly string[];
  write: (note: NoteInput) => Promise<unknown>;
  onWritten: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useAction();
  const [text, setText] = useState('');
  // No defaults that share more than the writer chose: the category must be picked, and the note stays with the
  // writer's own authority unless they open it to everyone taking part.
  const [category, setCategory] = useState('');
  const [visibility, setVisibility] = useState('OWN_AUTHORITY');
  return (
    <form
      className="stacked-form"
      aria-label={t('note.add')}
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () => write({ text, category: category as NoteInput['category'], visibility: visibility as NoteInput['visibility'] }),
          () => {
            setText('');
            onWritten();
          },
        );
      }}
    >
      <TextField label={t('note.text')} field="text" value={text} onChange={setText} error={action.error} required multiline />
      <SelectField
        label={t('note.category')}
        field="category"
        value={category}
        onChange={setCategory}
        empty={t('common.chooseCategory')}
        required
        error={action.error}
        options={labels.options('DataCategory', categories)}
      />
      <SelectField
        label={t('note.visibility')}
        field="visibility"
        value={visibility}
        onChange={setVisibility}
        error={action.error}
        options={labels.options('Visibility', ['OWN_AUTHORITY', 'ALL_PARTICIPANTS'])}
      />
      <Button type="submit" busy={action.busy}>
        {t('note.add')}
      </Button>
      {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(onWritten)} />}
    </form>
  );
}
