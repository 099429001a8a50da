import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, call, cases, regions, type CaseSchemas } from '../../api/client';
import { useSession } from '../../api/session';
import { useAction } from '../../api/useAction';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { Button, SelectField, TextField } from '../../components/Fields';
import { ProblemAlert } from '../../components/States';
import { RESIDENCE_STATUSES } from '../../api/enums';

type MemberInput = CaseSchemas['HouseholdMemberInput'];
const STEPS = ['where', 'household', 'review'] as const;

function emptyMember(): MemberInput {
  return { firstName: '', lastName: '', languages: [{ code: '', level: 'A1' }] };
}

/** A new case in three steps: where the household lives, who belongs to it, and a last look before it is created. */
export function NewCaseWizard() {
  const { t } = useTranslation();
  const labels = useLabels();
  const session = useSession();
  const navigate = useNavigate();
  const action = useAction();
  const [step, setStep] = useState(0);
  const [municipalityId, setMunicipalityId] = useState('');
  const [quarterId, setQuarterId] = useState('');
  const [accommodationId, setAccommodationId] = useState('');
  const [members, setMembers] = useState<MemberInput[]>([emptyMember()]);
  const municipalities = useLoad(() => call(cases.GET('/api/cases/reference/municipalities', {})), []);
  const places = useLoad(async () => {
    if (!municipalityId) return { quarters: [], accommodations: [] };
    const [quarters, accommodations] = await Promise.all([
      call(regions.GET('/api/regions/quarters', { params: { query: { municipality: municipalityId, size: 100 } } })),
      call(regions.GET('/api/regions/accommodations', { params: { query: { municipality: municipalityId, size: 100 } } })),
    ]);
    return { quarters: quarters.items ?? [], accommodations: accommodations.items ?? [] };
  }, [municipalityId]);
  const own = (municipalities.data ?? []).filter((municipality) => !session.subregion || municipality.subregion === session.subregion);
  // A problem the API found in the household or the place: back to the step with that field, where it is shown.
  useEffect(() => {
    const fields = action.error instanceof ApiError ? (action.error.problem.errors ?? []).map((error) => error.field ?? '') : [];
    if (fields.some((field) => field.startsWith('members'))) setStep(1);
    else if (fields.some((field) => /municipality|quarter|accommodation/i.test(field))) setStep(0);
  }, [action.error]);
  const change = (index: number, patch: Partial<MemberInput>) =>
    setMembers((current) => current.map((member, at) => (at === index ? { ...member, ...patch } : member)));
  const input: CaseSchemas['CaseInput'] = {
    municipalityId,
    quarterId: quarterId || undefined,
    accommodationId: accommodationId || undefined,
    members: members.map((member) => ({
      ...member,
      birthDate: member.birthDate || undefined,
      residenceValidUntil: member.residenceValidUntil || undefined,
      nationality: member.nationality || undefined,
      languages: member.languages.filter((skill) => skill.code),
    })),
  };
  const create = () =>
    action.run(async () => {
      const created = await call(cases.POST('/api/cases', { body: input }));
      navigate(`/cases/${created.id}`);
    });
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('wizard.title')}</h1>
      <ol className="kern-task-list wizard-steps" aria-label={t('wizard.steps')}>
        {STEPS.map((name, index) => (
          <li key={name} className="kern-task-list__item" aria-current={index === step ? 'step' : undefined}>
            <span className="kern-task-list__title">
              {index + 1}. {t(`wizard.step.${name}`)}
            </span>
          </li>
        ))}
      </ol>
      {step === 0 && (
        <form className="stacked-form" aria-label={t('wizard.step.where')} onSubmit={(event) => (event.preventDefault(), setStep(1))}>
          <SelectField
            label={t('wizard.municipality')}
            field="municipalityId"
            value={municipalityId}
            required
            empty="–"
            error={action.error}
            onChange={(value) => (setMunicipalityId(value), setQuarterId(''), setAccommodationId(''))}
            options={own.map((municipality) => ({ value: municipality.id!, label: municipality.name! }))}
          />
          <SelectField
            label={t('wizard.quarter')}
            field="quarterId"
            value={quarterId}
            empty="–"
            error={action.error}
            onChange={setQuarterId}
            options={(places.data?.quarters ?? []).map((quarter) => ({ value: quarter.id!, label: quarter.name! }))}
          />
          <SelectField
            label={t('wizard.accommodation')}
            field="accommodationId"
            value={accommodationId}
            empty={t('wizard.privateHousing')}
            error={action.error}
            onChange={setAccommodationId}
            options={(places.data?.accommodations ?? []).map((accommodation) => ({ value: accommodation.id!, label: accommodation.name! }))}
          />
          <Button type="submit" disabled={!municipalityId}>
            {t('common.next')}
          </Button>
        </form>
      )}
      {step === 1 && (
        <form className="stacked-form" aria-label={t('wizard.step.household')} onSubmit={(event) => (event.preventDefault(), setStep(2))}>
          {members.map((member, index) => (
            <fieldset key={index} className="kern-fieldset">
              <legend className="kern-label">{t('wizard.member', { number: index + 1 })}</legend>
              <div className="kern-fieldset__body kern-fieldset__body--horizontal">
                <TextField
                  label={t('member.firstName')}
                  field={`members[${index}].firstName`}
                  value={member.firstName}
                  onChange={(value) => change(index, { firstName: value })}
                  error={action.error}
                  required
                />
                <TextField
                  label={t('member.lastName')}
                  field={`members[${index}].lastName`}
                  value={member.lastName}
                  onChange={(value) => change(index, { lastName: value })}
                  error={action.error}
                  required
                />
                <TextField
                  label={t('member.birthDate')}
                  field={`members[${index}].birthDate`}
                  type="date"
                  value={member.birthDate ?? ''}
                  onChange={(value) => change(index, { birthDate: value })}
                  error={action.error}
                />
                <SelectField
                  label={t('member.gender')}
                  field={`members[${index}].gender`}
                  value={member.gender ?? ''}
                  empty="–"
                  onChange={(value) => change(index, { gender: (value || undefined) as MemberInput['gender'] })}
                  error={action.error}
                  options={labels.options('Gender', ['FEMALE', 'MALE', 'DIVERSE'])}
                />
                <TextField
                  label={t('member.nationality')}
                  field={`members[${index}].nationality`}
                  value={member.nationality ?? ''}
                  onChange={(value) => change(index, { nationality: value.toUpperCase() })}
                  error={action.error}
                  hint={t('member.nationalityHint')}
                />
                <SelectField
                  label={t('member.residenceStatus')}
                  field={`members[${index}].residenceStatus`}
                  value={member.residenceStatus ?? ''}
                  empty="–"
                  onChange={(value) => change(index, { residenceStatus: (value || undefined) as MemberInput['residenceStatus'] })}
                  error={action.error}
                  options={labels.options('ResidenceStatus', RESIDENCE_STATUSES)}
                />
                <TextField
                  label={t('member.residenceValidUntil')}
                  field={`members[${index}].residenceValidUntil`}
                  type="date"
                  value={member.residenceValidUntil ?? ''}
                  onChange={(value) => change(index, { residenceValidUntil: value })}
                  error={action.error}
                />
                <TextField
                  label={t('member.languageCode')}
                  field={`members[${index}].languages[0].code`}
                  value={member.languages[0]?.code ?? ''}
                  onChange={(value) =>
                    change(index, { languages: [{ code: value.toLowerCase(), level: member.languages[0]?.level ?? 'A1' }] })
                  }
                  error={action.error}
                  hint={t('member.languageHint')}
                />
                <SelectField
                  label={t('member.languageLevel')}
                  field={`members[${index}].languages[0].level`}
                  value={member.languages[0]?.level ?? 'A1'}
                  onChange={(value) => change(index, { languages: [{ code: member.languages[0]?.code ?? '', level: value }] })}
                  error={action.error}
                  options={['native', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((value) => ({
                    value,
                    label: labels.label('LanguageLevel', value),
                  }))}
                />
              </div>
              {members.length > 1 && (
                <Button kind="tertiary" onClick={() => setMembers((current) => current.filter((_, at) => at !== index))}>
                  {t('wizard.removeMember')}
                </Button>
              )}
            </fieldset>
          ))}
          <div className="kern-btn-wrapper">
            <Button kind="secondary" onClick={() => setMembers((current) => [...current, emptyMember()])}>
              {t('wizard.addMember')}
            </Button>
            <Button kind="tertiary" onClick={() => setStep(0)}>
              {t('common.back')}
            </Button>
            <Button type="submit">{t('common.next')}</Button>
          </div>
        </form>
      )}
      {step === 2 && (
        <div className="kern-stack">
          <dl className="kern-description-list">
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('wizard.municipality')}</dt>
              <dd className="kern-description-list-item__value">{own.find((municipality) => municipality.id === municipalityId)?.name}</dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('case.household')}</dt>
              <dd className="kern-description-list-item__value">
                {members.map((member) => `${member.firstName} ${member.lastName}`).join(', ')}
              </dd>
            </div>
          </dl>
          <div className="kern-btn-wrapper">
            <Button kind="tertiary" onClick={() => setStep(1)}>
              {t('common.back')}
            </Button>
            <Button busy={action.busy} onClick={() => void create()}>
              {t('wizard.create')}
            </Button>
          </div>
        </div>
      )}
      {/* On every step: the API's findings also show at the fields they concern on their step. */}
      {action.error !== undefined && <ProblemAlert error={action.error} />}
    </div>
  );
}
