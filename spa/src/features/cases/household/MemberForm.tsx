import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/form/Form';
import { useApiForm } from '../../../forms/useApiForm';
import type { VersionedCase } from '../caseData';
import { memberFieldOf, memberSchema, memberValues, type MemberValues } from './memberSchema';
import { MemberFields } from './MemberFields';
import type { Member } from '../caseTypes';

/**
 * Adds a person to the household or corrects one (the fields: MemberFields). `save` sends the household with this person
 * as entered.
 */
export function MemberForm({
  member,
  index,
  save,
  onDone,
  onCancel,
}: {
  member?: Member;
  /** The person's position in the household the API receives (for its messages about this person). */
  index: number;
  save: (values: MemberValues) => Promise<VersionedCase>;
  onDone: (changed: VersionedCase) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApiForm({
    schema: memberSchema,
    defaultValues: memberValues(member) as never,
    submit: save,
    fieldOf: memberFieldOf(index),
    confirmation: (_, values: MemberValues) =>
      member
        ? t('household.saved', { name: `${values.firstName} ${values.lastName}` })
        : t('household.added', { name: `${values.firstName} ${values.lastName}` }),
    onDone,
  });
  const name = member ? `${member.firstName} ${member.lastName}` : '';
  return (
    <Form
      api={api}
      label={member ? t('household.editPerson', { name }) : t('household.addPerson')}
      submit={member ? t('household.savePerson') : t('household.addPerson')}
      onCancel={onCancel}
      className="stacked-form member-form"
    >
      <MemberFields />
    </Form>
  );
}
