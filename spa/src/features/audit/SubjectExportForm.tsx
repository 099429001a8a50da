import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, cases } from '../../api/client';
import { saveFile } from '../../api/saveFile';
import { Button, TextField } from '../../components/Fields';
import { ProblemAlert } from '../../components/States';

/**
 * The data-protection officer answers a person's request for access (GDPR Art. 15): name and birth date in, a JSON file
 * with everything stored about them out. The names travel in the request body, never in a URL.
 */
export function SubjectExportForm() {
  const { t } = useTranslation();
  const [subject, setSubject] = useState({ firstName: '', lastName: '', birthDate: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [found, setFound] = useState<number>();

  async function exportData() {
    setBusy(true);
    try {
      const exported = await call(cases.POST('/api/cases/data-subject-export', { body: subject }));
      setError(undefined);
      setFound(exported.cases?.length ?? 0);
      if ((exported.cases?.length ?? 0) > 0) {
        saveFile(new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }), 'auskunft-art15.json');
      }
    } catch (failed) {
      setError(failed);
      setFound(undefined);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="kern-stack" aria-labelledby="subject-export">
      <h2 id="subject-export" className="kern-heading-medium">
        {t('subjectExport.title')}
      </h2>
      <p className="kern-body">{t('subjectExport.intro')}</p>
      <form className="filter-bar" onSubmit={(event) => (event.preventDefault(), void exportData())}>
        <TextField
          label={t('subjectExport.firstName')}
          field="firstName"
          value={subject.firstName}
          onChange={(firstName) => setSubject({ ...subject, firstName })}
          error={error}
        />
        <TextField
          label={t('subjectExport.lastName')}
          field="lastName"
          value={subject.lastName}
          onChange={(lastName) => setSubject({ ...subject, lastName })}
          error={error}
        />
        <TextField
          label={t('subjectExport.birthDate')}
          field="birthDate"
          type="date"
          value={subject.birthDate}
          onChange={(birthDate) => setSubject({ ...subject, birthDate })}
          error={error}
        />
        <Button type="submit" busy={busy}>
          {t('subjectExport.export')}
        </Button>
      </form>
      {error !== undefined && <ProblemAlert error={error} />}
      {found !== undefined && (
        <p className="kern-body" role="status">
          {found === 0 ? t('subjectExport.none') : t('subjectExport.found', { count: found })}
        </p>
      )}
    </section>
  );
}
