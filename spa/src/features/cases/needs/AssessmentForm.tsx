import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { zAssessmentInput, zEmployment, zFamilyStatus, zSchooling } from '../../../api/generated/case-service.zod';
import { Form } from '../../../components/form/Form';
import { ChoiceGroup, SelectInput, TextInput } from '../../../components/form/Inputs';
import { pastOrPresentDate } from '../../../forms/schemas';
import { useApiForm } from '../../../forms/useApiForm';
import { todayIso, useLabels } from '../../../i18n/format';
import type { VersionedCase } from '../caseData';
import { memberName } from '../caseInput';
import type { CaseState } from '../caseTypes';

/** The questionnaire of seed 002 as the form asks it; "situation" holds the two yes/no answers as checkboxes. */
const assessmentSchema = zAssessmentInput.omit({ members: true, additionalNeeds: true, leisureInterests: true }).extend({
  assessedOn: pastOrPresentDate,
  members: z.array(
    z.object({
      memberId: z.string(),
      schooling: zSchooling.optional(),
      employment: zEmployment.optional(),
      vocationalQualification: z.string().max(200).optional(),
      situation: z.array(z.enum(['inChildcareOrSchool', 'healthSupport', 'qualificationRecognised'])).optional(),
    }),
  ),
});
export type AssessmentValues = z.infer<typeof assessmentSchema>;

/** The needs assessment (Bedarfserhebung); the needs follow from the answers, those added by hand stay. */
export function AssessmentForm({
  state,
  save,
  onDone,
  onCancel,
}: {
  state: CaseState;
  save: (values: AssessmentValues) => Promise<VersionedCase>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const previous = state.assessment;
  const api = useApiForm({
    schema: assessmentSchema,
    defaultValues: {
      assessedOn: todayIso(),
      familyStatus: previous?.familyStatus ?? '',
      members: (state.members ?? []).map((member) => {
        const before = previous?.members?.find((answer) => answer.memberId === member.id);
        return {
          memberId: member.id ?? '',
          schooling: before?.schooling ?? '',
          employment: before?.employment ?? '',
          vocationalQualification: before?.vocationalQualification ?? '',
          situation: [
            before?.inChildcareOrSchool && 'inChildcareOrSchool',
            before?.healthSupport && 'healthSupport',
            before?.qualificationRecognised && 'qualificationRecognised',
          ].filter(Boolean),
        };
      }),
    } as never,
    submit: save,
    confirmation: () => t('needs.assessmentSaved'),
    onDone,
  });
  const situation = ['inChildcareOrSchool', 'healthSupport', 'qualificationRecognised'].map((value) => ({
    value,
    label: t(`assessment.${value}`),
  }));
  return (
    <Form api={api} label={t('assessment.title')} submit={t('assessment.save')} onCancel={onCancel}>
      <div className="form-grid">
        <TextInput name="assessedOn" label={t('assessment.assessedOn')} type="date" required />
        <SelectInput
          name="familyStatus"
          label={t('assessment.familyStatus')}
          required
          options={labels.options('FamilyStatus', zFamilyStatus.options)}
        />
      </div>
      {(state.members ?? []).map((member, index) => (
        <fieldset key={member.id} className="kern-fieldset">
          <legend className="kern-label">{memberName(member)}</legend>
          <div className="kern-fieldset__body form-grid">
            <SelectInput
              name={`members.${index}.schooling`}
              label={t('assessment.schooling')}
              options={labels.options('Schooling', zSchooling.options)}
            />
            <SelectInput
              name={`members.${index}.employment`}
              label={t('assessment.employment')}
              options={labels.options('Employment', zEmployment.options)}
            />
            <TextInput name={`members.${index}.vocationalQualification`} label={t('assessment.qualification')} />
            <ChoiceGroup name={`members.${index}.situation`} label={t('assessment.situation')} options={situation} />
          </div>
        </fieldset>
      ))}
    </Form>
  );
}

/** The form's answers as the API takes them; answers the form does not ask are kept as they were. */
export function assessmentInput(state: CaseState, values: AssessmentValues) {
  const previous = state.assessment;
  return {
    assessedOn: values.assessedOn,
    familyStatus: values.familyStatus,
    leisureInterests: previous?.leisureInterests,
    members: values.members.map((answer) => {
      const before = previous?.members?.find((old) => old.memberId === answer.memberId);
      const situation = answer.situation ?? [];
      return {
        memberId: answer.memberId,
        schooling: answer.schooling,
        yearsOfSchooling: before?.yearsOfSchooling,
        vocationalQualification: answer.vocationalQualification || undefined,
        qualificationRecognised: answer.vocationalQualification ? situation.includes('qualificationRecognised') : undefined,
        employment: answer.employment,
        inChildcareOrSchool: situation.includes('inChildcareOrSchool'),
        healthSupport: situation.includes('healthSupport'),
      };
    }),
  };
}
