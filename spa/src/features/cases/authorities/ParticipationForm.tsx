import { useTranslation } from 'react-i18next';
import { zParticipationInput } from '../../../api/generated/case-service.zod';
import { Form } from '../../../components/form/Form';
import { SelectInput, TextInput } from '../../../components/form/Inputs';
import { useApiForm } from '../../../forms/useApiForm';
import { todayIso, useLabels } from '../../../i18n/format';
import { AUTHORITIES } from '../../../api/enums';
import type { z } from 'zod';
import type { VersionedCase } from '../caseData';

type ParticipationValues = z.infer<typeof zParticipationInput>;

/** An authority begins to take part in the case: since when, whom to contact there, its file reference. */
export function ParticipationForm({
  taking,
  save,
  onDone,
  onCancel,
}: {
  /** Authorities taking part already: not offered again. */
  taking: string[];
  save: (values: ParticipationValues) => Promise<VersionedCase>;
  /** With the authority that now takes part. */
  onDone: (authority: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const api = useApiForm({
    schema: zParticipationInput,
    defaultValues: { authority: '', since: todayIso(), contact: '', fileReference: '' },
    submit: save,
    confirmation: (_, values: ParticipationValues) =>
      t('participation.added', { authority: labels.label('AuthorityWithArticle', values.authority) }),
    onDone: (_, values: ParticipationValues) => onDone(values.authority),
  });
  return (
    <Form api={api} label={t('participation.add')} submit={t('participation.add')} onCancel={onCancel}>
      <div className="form-grid">
        <SelectInput
          name="authority"
          label={t('participation.authority')}
          required
          options={labels.options(
            'Authority',
            AUTHORITIES.filter((authority) => !taking.includes(authority)),
          )}
        />
        <TextInput name="since" label={t('participation.sinceLabel')} type="date" required />
        <TextInput name="contact" label={t('participation.contact')} hint={t('participation.contactHint')} />
        <TextInput name="fileReference" label={t('participation.fileReference')} />
      </div>
    </Form>
  );
}
