import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { zNeedClosingInput, zNeedInput, zNeedClosingReason, zNeedKind } from '../../../api/generated/case-service.zod';
import { Form } from '../../../components/form/Form';
import { SelectInput, TextInput } from '../../../components/form/Inputs';
import { useApiForm } from '../../../forms/useApiForm';
import { useLabels } from '../../../i18n/format';
import type { VersionedCase } from '../caseData';
import { memberName } from '../caseInput';
import type { CaseState } from '../caseTypes';

export type NeedValues = z.infer<typeof zNeedInput>;
export type ClosingValues = z.infer<typeof zNeedClosingInput>;

/** A need the questionnaire did not find, for a person or the whole household. */
export function NeedForm({
  state,
  save,
  onDone,
  onCancel,
}: {
  state: CaseState;
  save: (values: NeedValues) => Promise<VersionedCase>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const api = useApiForm({
    schema: zNeedInput,
    defaultValues: { kind: '', memberId: '', comment: '' } as never,
    submit: save,
    confirmation: (_, values: NeedValues) => t('needs.added', { need: labels.label('NeedKind', values.kind) }),
    onDone,
  });
  return (
    <Form api={api} label={t('needs.add')} submit={t('needs.add')} onCancel={onCancel}>
      <div className="form-grid">
        <SelectInput name="kind" label={t('needs.kind')} required options={labels.options('NeedKind', zNeedKind.options)} />
        <SelectInput
          name="memberId"
          label={t('needs.forWhom')}
          empty={t('needs.household')}
          options={(state.members ?? []).map((member) => ({ value: member.id ?? '', label: memberName(member) }))}
        />
        <TextInput name="comment" label={t('needs.comment')} />
      </div>
    </Form>
  );
}

/** Closes a need: why, and a note if the case manager wants to say more. */
export function CloseNeedForm({
  title,
  save,
  onDone,
  onCancel,
}: {
  title: string;
  save: (values: ClosingValues) => Promise<VersionedCase>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const api = useApiForm({
    schema: zNeedClosingInput,
    defaultValues: { reason: '', note: '' } as never,
    submit: save,
    confirmation: (_, values: ClosingValues) =>
      t('needs.closed', { need: title, reason: labels.label('NeedClosingReason', values.reason) }),
    onDone,
  });
  return (
    <Form api={api} label={t('needs.closeTitle', { need: title })} submit={t('needs.close')} onCancel={onCancel} className="inline-form">
      <SelectInput
        name="reason"
        label={t('needs.reason')}
        required
        options={labels.options('NeedClosingReason', zNeedClosingReason.options)}
      />
      <TextInput name="note" label={t('needs.note')} />
    </Form>
  );
}
