import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { zConsentInput, zDataCategory } from '../../../api/generated/case-service.zod';
import { useProviders } from '../../../api/reference';
import { AUTHORITIES } from '../../../api/enums';
import { Form } from '../../../components/form/Form';
import { ChoiceGroup, SelectInput, TextArea, TextInput } from '../../../components/form/Inputs';
import { useApiForm } from '../../../forms/useApiForm';
import { todayIso, useLabels } from '../../../i18n/format';
import type { VersionedCase } from '../caseData';

const consentSchema = zConsentInput
  .refine((values) => values.legalBasis !== 'CONSENT' || Boolean(values.documentReference), {
    path: ['documentReference'],
    params: { rule: 'required' },
  })
  .refine((values) => values.legalBasis !== 'STATUTORY_69' || Boolean(values.justification), {
    path: ['justification'],
    params: { rule: 'required' },
  });
type ConsentValues = z.infer<typeof consentSchema>;

/**
 * Records what a recipient may see: a written consent (§ 67b SGB X) with its document, or a statutory basis (§ 69 SGB
 * X) with its justification; for an authority of the case or a provider, chosen by name.
 */
export function ConsentForm({
  authorities,
  recipient,
  save,
  onDone,
  onCancel,
}: {
  /** The authorities taking part: a consent for another one would show it nothing. */
  authorities: string[];
  /** The authority the consent is for, chosen already (after it was added to the case). */
  recipient?: string;
  save: (values: ConsentValues) => Promise<VersionedCase>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const providers = useProviders();
  const api = useApiForm({
    schema: consentSchema,
    defaultValues: {
      recipientKind: 'AUTHORITY',
      recipient: recipient ?? '',
      categories: [],
      purpose: '',
      legalBasis: 'CONSENT',
      documentReference: '',
      justification: '',
      grantedOn: todayIso(),
      validUntil: '',
    } as never,
    submit: save,
    confirmation: (_, values: ConsentValues) =>
      t(values.legalBasis === 'CONSENT' ? 'consent.granted' : 'consent.statutoryRecorded', {
        recipient:
          values.recipientKind === 'AUTHORITY' ? labels.label('AuthorityWithArticle', values.recipient) : providers.name(values.recipient),
      }),
    onDone,
  });
  const kind = useWatch({ control: api.form.control, name: 'recipientKind' });
  const basis = useWatch({ control: api.form.control, name: 'legalBasis' });
  const recipients =
    kind === 'PROVIDER'
      ? providers.providers.map((provider) => ({ value: provider.code ?? '', label: provider.name ?? '' }))
      : labels.options(
          'Authority',
          AUTHORITIES.filter((authority) => authorities.includes(authority)),
        );
  return (
    <Form api={api} label={t('consent.grant')} submit={t('consent.grant')} onCancel={onCancel}>
      <ChoiceGroup
        name="recipientKind"
        label={t('consent.recipientKind')}
        multiple={false}
        required
        options={labels.options('RecipientKind', ['AUTHORITY', 'PROVIDER'])}
      />
      <SelectInput
        name="recipient"
        label={t('consent.recipient')}
        required
        options={recipients}
        hint={kind === 'AUTHORITY' && recipients.length === 0 ? t('consent.noAuthorityHint') : undefined}
      />
      <ChoiceGroup
        name="categories"
        label={t('consent.categories')}
        required
        options={labels.options('DataCategory', zDataCategory.options)}
      />
      <TextArea name="purpose" label={t('consent.purpose')} required rows={2} />
      <ChoiceGroup
        name="legalBasis"
        label={t('consent.legalBasis')}
        multiple={false}
        required
        options={labels.options('LegalBasis', ['CONSENT', 'STATUTORY_69'])}
      />
      {basis === 'STATUTORY_69' ? (
        <TextArea name="justification" label={t('consent.justification')} required rows={2} />
      ) : (
        <TextInput name="documentReference" label={t('consent.documentReference')} hint={t('consent.documentReferenceHint')} required />
      )}
      <div className="form-grid">
        <TextInput name="grantedOn" label={t('consent.grantedOn')} type="date" required />
        <TextInput name="validUntil" label={t('consent.validUntil')} type="date" />
      </div>
    </Form>
  );
}
