import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, cases, type CaseSchemas } from '../../api/client';
import { useAction } from '../../api/useAction';
import { todayIso, useLabels } from '../../i18n/format';
import { Button, CheckboxGroup, SelectField, TextField } from '../../components/Fields';
import { ScrollableTable } from '../../components/ScrollableTable';
import { Empty, ProblemAlert } from '../../components/States';
import { type CaseSectionProps } from './caseTypes';
import { AUTHORITIES, DATA_CATEGORIES } from '../../api/enums';

/** The authorities taking part and what each may see: consents per recipient and data category, or § 69 SGB X. */
export function AuthoritiesSection(props: CaseSectionProps) {
  const { t } = useTranslation();
  return (
    <section id="authorities" aria-labelledby="authorities-title" className="case-section">
      <h2 id="authorities-title" className="kern-heading-medium">
        {t('case.section.authorities')}
      </h2>
      <Participations {...props} />
      <Consents {...props} />
    </section>
  );
}

function Participations({ state, etag, reload }: CaseSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const add = useAction();
  const end = useAction();
  const [authority, setAuthority] = useState<string>('JOBCENTER');
  const [since, setSince] = useState(todayIso());
  const [fileReference, setFileReference] = useState('');
  const [contact, setContact] = useState('');
  const active = (state.participations ?? []).filter((participation) => !participation.until);
  return (
    <>
      <h3 className="kern-heading-small">{t('participation.title')}</h3>
      {active.length === 0 ? (
        <Empty text={t('participation.none')} />
      ) : (
        <ul className="kern-list participation-list">
          {active.map((participation) => (
            <li key={participation.id}>
              <strong>{labels.label('Authority', participation.authority)}</strong>{' '}
              {t('participation.since', { date: labels.date(participation.since) })}
              {participation.fileReference && ` · ${t('participation.fileReference')}: ${participation.fileReference}`}{' '}
              <Button
                kind="tertiary"
                busy={end.busy}
                onClick={() =>
                  end.run(
                    () =>
                      call(
                        cases.POST('/api/cases/{id}/participations/{participation}/end', {
                          params: {
                            path: { id: state.id!, participation: participation.id! },
                            query: { until: todayIso() },
                            header: { 'If-Match': etag },
                          },
                        }),
                      ),
                    reload,
                  )
                }
              >
                {t('participation.end', { authority: labels.label('Authority', participation.authority) })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {end.error !== undefined && <ProblemAlert error={end.error} onRetry={end.retryAfter(reload)} />}
      <form
        className="inline-form"
        aria-label={t('participation.add')}
        onSubmit={(event) => {
          event.preventDefault();
          void add.run(
            () =>
              call(
                cases.POST('/api/cases/{id}/participations', {
                  params: { path: { id: state.id! }, header: { 'If-Match': etag } },
                  body: { authority, since, fileReference: fileReference || undefined, contact: contact || undefined },
                }),
              ),
            reload,
          );
        }}
      >
        <SelectField
          label={t('participation.authority')}
          field="authority"
          value={authority}
          onChange={setAuthority}
          error={add.error}
          options={labels.options('Authority', AUTHORITIES)}
        />
        <TextField
          label={t('participation.sinceLabel')}
          field="since"
          type="date"
          value={since}
          onChange={setSince}
          error={add.error}
          required
        />
        <TextField
          label={t('participation.fileReference')}
          field="fileReference"
          value={fileReference}
          onChange={setFileReference}
          error={add.error}
        />
        <TextField label={t('participation.contact')} field="contact" value={contact} onChange={setContact} error={add.error} />
        <Button type="submit" busy={add.busy}>
          {t('participation.add')}
        </Button>
      </form>
      {add.error !== undefined && <ProblemAlert error={add.error} onRetry={add.retryAfter(reload)} />}
    </>
  );
}

function Consents({ state, etag, reload }: CaseSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const grant = useAction();
  const revoke = useAction();
  const [recipientKind, setRecipientKind] = useState<CaseSchemas['RecipientKind']>('AUTHORITY');
  const [recipient, setRecipient] = useState('JOBCENTER');
  const [categories, setCategories] = useState<string[]>([]);
  const [purpose, setPurpose] = useState('');
  const [legalBasis, setLegalBasis] = useState<CaseSchemas['LegalBasis']>('CONSENT');
  const [justification, setJustification] = useState('');
  const [documentReference, setDocumentReference] = useState('');
  const [grantedOn, setGrantedOn] = useState(todayIso());
  const [validUntil, setValidUntil] = useState('');
  return (
    <>
      <h3 className="kern-heading-small">{t('consent.title')}</h3>
      {(state.consents ?? []).length === 0 ? (
        <Empty text={t('consent.none')} />
      ) : (
        <ScrollableTable label={t('consent.title')}>
          <table className="kern-table">
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('consent.recipient')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('consent.categories')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('consent.legalBasis')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('consent.valid')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--action">
                  {t('common.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {(state.consents ?? []).map((consent) => (
                <tr key={consent.id} className="kern-table__row">
                  <td className="kern-table__cell">
                    {consent.recipientKind === 'AUTHORITY' ? labels.label('Authority', consent.recipient) : consent.recipient}
                  </td>
                  <td className="kern-table__cell">
                    {(consent.categories ?? []).map((category) => labels.label('DataCategory', category)).join(', ')}
                  </td>
                  <td className="kern-table__cell">
                    {labels.label('LegalBasis', consent.legalBasis)}
                    {consent.documentReference && ` (${consent.documentReference})`}
                  </td>
                  <td className="kern-table__cell">
                    {consent.revokedAt
                      ? t('consent.revokedAt', { date: labels.date(consent.revokedAt) })
                      : `${labels.date(consent.grantedOn)} – ${labels.date(consent.validUntil)}`}
                  </td>
                  <td className="kern-table__cell kern-table__cell--action">
                    {!consent.revokedAt && (
                      <Button
                        kind="tertiary"
                        busy={revoke.busy}
                        onClick={() =>
                          revoke.run(
                            () =>
                              call(
                                cases.POST('/api/cases/{id}/consents/{consent}/revoke', {
                                  params: { path: { id: state.id!, consent: consent.id! }, header: { 'If-Match': etag } },
                                }),
                              ),
                            reload,
                          )
                        }
                      >
                        {t('consent.revoke')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
      {revoke.error !== undefined && <ProblemAlert error={revoke.error} onRetry={revoke.retryAfter(reload)} />}
      <form
        className="stacked-form"
        aria-label={t('consent.grant')}
        onSubmit={(event) => {
          event.preventDefault();
          void grant.run(
            () =>
              call(
                cases.POST('/api/cases/{id}/consents', {
                  params: { path: { id: state.id! }, header: { 'If-Match': etag } },
                  body: {
                    recipientKind,
                    recipient,
                    categories: categories as CaseSchemas['DataCategory'][],
                    purpose,
                    legalBasis,
                    justification: justification || undefined,
                    documentReference: documentReference || undefined,
                    grantedOn,
                    validUntil: validUntil || undefined,
                  },
                }),
              ),
            () => {
              setCategories([]);
              setPurpose('');
              reload();
            },
          );
        }}
      >
        <h4 className="kern-heading-small">{t('consent.grant')}</h4>
        <SelectField
          label={t('consent.recipientKind')}
          field="recipientKind"
          value={recipientKind}
          onChange={(value) => {
            setRecipientKind(value as CaseSchemas['RecipientKind']);
            setRecipient(value === 'AUTHORITY' ? 'JOBCENTER' : '');
          }}
          error={grant.error}
          options={labels.options('RecipientKind', ['AUTHORITY', 'PROVIDER'])}
        />
        {recipientKind === 'AUTHORITY' ? (
          <SelectField
            label={t('consent.recipient')}
            field="recipient"
            value={recipient}
            onChange={setRecipient}
            error={grant.error}
            options={labels.options('Authority', AUTHORITIES)}
          />
        ) : (
          <TextField
            label={t('consent.providerCode')}
            field="recipient"
            value={recipient}
            onChange={setRecipient}
            error={grant.error}
            required
            hint={t('consent.providerCodeHint')}
          />
        )}
        <CheckboxGroup
          label={t('consent.categories')}
          field="categories"
          values={categories}
          onChange={setCategories}
          error={grant.error}
          options={labels.options('DataCategory', DATA_CATEGORIES)}
        />
        <TextField label={t('consent.purpose')} field="purpose" value={purpose} onChange={setPurpose} error={grant.error} required />
        <SelectField
          label={t('consent.legalBasis')}
          field="legalBasis"
          value={legalBasis}
          onChange={(value) => setLegalBasis(value as CaseSchemas['LegalBasis'])}
          error={grant.error}
          options={labels.options('LegalBasis', ['CONSENT', 'STATUTORY_69'])}
        />
        {legalBasis === 'CONSENT' ? (
          <TextField
            label={t('consent.documentReference')}
            field="documentReference"
            value={documentReference}
            onChange={setDocumentReference}
            error={grant.error}
            required
            hint={t('consent.documentReferenceHint')}
          />
        ) : (
          <TextField
            label={t('consent.justification')}
            field="justification"
            value={justification}
            onChange={setJustification}
            error={grant.error}
            required
            multiline
          />
        )}
        <TextField
          label={t('consent.grantedOn')}
          field="grantedOn"
          type="date"
          value={grantedOn}
          onChange={setGrantedOn}
          error={grant.error}
          required
        />
        <TextField
          label={t('consent.validUntil')}
          field="validUntil"
          type="date"
          value={validUntil}
          onChange={setValidUntil}
          error={grant.error}
        />
        <Button type="submit" busy={grant.busy}>
          {t('consent.grant')}
        </Button>
        {grant.error !== undefined && <ProblemAlert error={grant.error} onRetry={grant.retryAfter(reload)} />}
      </form>
    </>
  );
}
