import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/form/Form';
import { SelectInput, TextInput } from '../../../components/form/Inputs';
import { useApiForm } from '../../../forms/useApiForm';
import { useLabels } from '../../../i18n/format';
import { zLocalDate, zResidenceStatus } from '../../../api/generated/case-service.zod';
import type { VersionedCase } from '../caseData';
import type { Member } from '../caseTypes';
import { memberFieldOf } from './memberSchema';

const permitSchema = z.object({ residenceStatus: zResidenceStatus.optional(), residenceValidUntil: zLocalDate.optional() });
export type PermitValues = z.infer<typeof permitSchema>;

/** The short edit for the most frequent correction: a new permit and until when it is valid. */
export function PermitForm({
  member,
  index,
  save,
  onDone,
  onCancel,
}: {
  member: Member;
  index: number;
  save: (values: PermitValues) => Promise<VersionedCase>;
  onDone: (changed: VersionedCase) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const name = `${member.firstName} ${member.lastName}`;
  const api = useApiForm({
    schema: permitSchema,
    defaultValues: { residenceStatus: member.residenceStatus ?? '', residenceValidUntil: member.residenceValidUntil ?? '' } as never,
    submit: save,
    fieldOf: memberFieldOf(index),
    confirmation: (_, values: PermitValues) =>
      values.residenceValidUntil
        ? t('household.permitSaved', { name, date: labels.date(values.residenceValidUntil) })
        : t('household.permitSavedOpen', { name }),
    onDone,
  });
  return (
    <Form
      api={api}
      label={t('household.editPermit', { name })}
      submit={t('household.savePermit')}
      onCancel={onCancel}
      className="inline-form"
    >
      <SelectInput
        name="residenceStatus"
        label={t('member.residenceStatus')}
        options={labels.options('ResidenceStatus', zResidenceStatus.options)}
      />
      <TextInput name="residenceValidUntil" label={t('member.residenceValidUntil')} type="date" />
    </Form>
  );
}
