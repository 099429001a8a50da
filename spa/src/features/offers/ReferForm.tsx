import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { cases } from '../../api/client';
import { CONFIRMATION_CARRIED } from '../../components/Announcer';
import { zDataCategory, zReferralInput } from '../../api/generated/case-service.zod';
import { Form } from '../../components/form/Form';
import { SelectInput, TextArea } from '../../components/form/Inputs';
import { useApiForm } from '../../forms/useApiForm';
import { withoutEmptyValues } from '../../forms/schemas';
import { useLabels } from '../../i18n/format';
import { useCaseChange } from '../cases/caseData';
import { memberName } from '../cases/caseInput';
import type { CaseState } from '../cases/caseTypes';

// The offer is the card's; the form asks whom, for which need (or, without one, which data category: it decides which
// authorities' views may show the referral) and what the provider should know.
const referSchema = zReferralInput
  .omit({ offerId: true })
  .refine((values) => Boolean(values.needId) || Boolean(values.category), { path: ['category'], params: { rule: 'required' } });
type ReferValues = z.infer<typeof referSchema>;

/**
 * Refers a person of the case to an offer. It is sent with the case's version; when someone else changed the case
 * meanwhile it is sent again on top of their change, unless the household changed (then the form stays as typed and
 * says what changed). Afterwards the case's referrals show it, with the provider's answer as it arrives.
 */
export function ReferForm({
  state,
  offer,
  personId,
  onCancel,
}: {
  state: CaseState;
  offer: { id: string; title: string };
  /** The person the search was narrowed to, chosen already. */
  personId?: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const caseId = state.id ?? '';
  const change = useCaseChange(caseId, (current) => (current.members ?? []).map((member) => member.id));
  const members = state.members ?? [];
  const api = useApiForm({
    schema: referSchema,
    defaultValues: { memberId: personId ?? (members.length === 1 ? members[0].id : ''), needId: '', category: '', note: '' } as never,
    submit: (values: ReferValues) =>
      change.change((current) =>
        cases.POST('/api/cases/{id}/referrals', {
          params: { path: { id: caseId }, header: { 'If-Match': current.etag } },
          body: { ...withoutEmptyValues(values), offerId: offer.id },
        }),
      ),
    confirmation: () => t('offers.referred', { offer: offer.title }),
    // The case's referrals, where the provider's answer will show; the case page puts the focus on them.
    onDone: () => navigate(`/cases/${caseId}/referrals`, { state: CONFIRMATION_CARRIED }),
  });
  const memberId = useWatch({ control: api.form.control, name: 'memberId' });
  const needId = useWatch({ control: api.form.control, name: 'needId' });
  // The open needs of the chosen person, and those of the whole household.
  const needs = (state.needs ?? []).filter((need) => !need.closedOn && (!need.memberId || need.memberId === memberId));
  useEffect(() => {
    if (needId && !needs.some((need) => need.id === needId)) api.form.setValue('needId', '' as never);
  }, [memberId]); // eslint-disable-line react-hooks/exhaustive-deps
  // With a need, its data category applies: a category chosen before is not sent along.
  useEffect(() => {
    if (needId) api.form.setValue('category', '' as never);
  }, [needId]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => change.begin(), []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Form
      api={api}
      label={t('referral.referTo', { offer: offer.title })}
      submit={t('referral.refer')}
      onCancel={onCancel}
      className="stacked-form refer-form"
    >
      <div className="form-grid">
        <SelectInput
          name="memberId"
          label={t('referral.member')}
          required
          options={members.map((member) => ({ value: member.id ?? '', label: memberName(member) }))}
        />
        <SelectInput
          name="needId"
          label={t('offers.need')}
          empty={needs.length === 0 ? t('offers.noNeed') : t('offers.withoutNeed')}
          options={needs.map((need) => ({
            value: need.id ?? '',
            label: `${labels.label('NeedKind', need.kind)}${need.memberId ? '' : ` (${t('needs.household')})`}`,
          }))}
        />
        {!needId && (
          <SelectInput
            name="category"
            label={t('note.category')}
            hint={t('offers.categoryHint')}
            required
            options={labels.options('DataCategory', zDataCategory.options)}
          />
        )}
      </div>
      <TextArea name="note" label={t('referral.note')} hint={t('offers.noteHint')} rows={2} />
    </Form>
  );
}
