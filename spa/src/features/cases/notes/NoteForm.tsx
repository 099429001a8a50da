import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { zNoteInput } from '../../../api/generated/case-service.zod';
import { Form } from '../../../components/form/Form';
import { CheckboxInput, SelectInput, TextArea } from '../../../components/form/Inputs';
import { useApiForm } from '../../../forms/useApiForm';
import { useLabels } from '../../../i18n/format';

export type NoteValues = z.infer<typeof zNoteInput>;

/**
 * A note on a case, written by the KIM team (any category) or by authority staff through their view (only the
 * categories they may see). No defaults that share more than the writer chose: the category must be picked, and the
 * note stays with the writer's own authority unless they open it to everyone taking part. A note that meets someone
 * else's change is sent again on top of it: it is never lost.
 */
export function NoteForm({
  categories,
  write,
  onDone,
  mayConfide = false,
}: {
  categories: readonly string[];
  write: (note: NoteValues) => Promise<unknown>;
  onDone?: () => void;
  /** The Jugendamt may take a note as confided to it (§ 65 SGB VIII): nobody else sees it until it is released. */
  mayConfide?: boolean;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const api = useApiForm({
    schema: zNoteInput,
    defaultValues: { text: '', category: '', visibility: 'OWN_AUTHORITY', confided: false } as never,
    submit: write,
    confirmation: (_, values: NoteValues) => t('note.written', { category: labels.label('DataCategory', values.category) }),
    onDone,
  });
  return (
    <Form api={api} label={t('note.add')} submit={t('note.add')}>
      <TextArea name="text" label={t('note.text')} required rows={5} />
      <div className="form-grid">
        <SelectInput name="category" label={t('note.category')} required options={labels.options('DataCategory', categories)} />
        <SelectInput
          name="visibility"
          label={t('note.visibility')}
          required
          options={labels.options('Visibility', ['OWN_AUTHORITY', 'ALL_PARTICIPANTS'])}
        />
      </div>
      {mayConfide && <CheckboxInput name="confided" label={t('note.confided')} hint={t('note.confidedHint')} />}
    </Form>
  );
}
