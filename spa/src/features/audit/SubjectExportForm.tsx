import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { call, cases } from '../../api/client';
import { zSubjectQuery } from '../../api/generated/case-service.zod';
import { saveFile } from '../../api/saveFile';
import { Form } from '../../components/form/Form';
import { TextInput } from '../../components/form/Inputs';
import { useApiForm } from '../../forms/useApiForm';
import { SectionHeading } from '../cases/common/SectionHeading';

type Subject = z.infer<typeof zSubjectQuery>;

/**
 * The data-protection officer answers a person's request for access (GDPR Art. 15): name and birth date in, a file
 * with everything stored about them out. The names travel in the request body, never in a URL.
 */
export function SubjectExportForm() {
  const { t } = useTranslation();
  const api = useApiForm({
    schema: zSubjectQuery,
    defaultValues: { firstName: '', lastName: '', birthDate: '' },
    submit: async (subject: Subject) => {
      const exported = await call(cases.POST('/api/cases/data-subject-export', { body: subject }));
      const found = exported.cases?.length ?? 0;
      if (found > 0) saveFile(new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }), 'auskunft-art15.json');
      return found;
    },
    confirmation: (found) => (found === 0 ? t('subjectExport.none') : t('subjectExport.found', { count: found })),
    // The same person's request may be answered again (e.g. after a correction); a new one starts empty.
    valuesAfter: () => ({ firstName: '', lastName: '', birthDate: '' }),
  });
  return (
    <section aria-labelledby="subject-export" className="case-section">
      <SectionHeading id="subject-export" title={t('subjectExport.title')} />
      <p className="kern-body">{t('subjectExport.intro')}</p>
      <Form api={api} label={t('subjectExport.title')} submit={t('subjectExport.export')}>
        <div className="form-grid">
          <TextInput name="firstName" label={t('subjectExport.firstName')} required />
          <TextInput name="lastName" label={t('subjectExport.lastName')} required />
          <TextInput name="birthDate" label={t('subjectExport.birthDate')} type="date" required />
        </div>
      </Form>
    </section>
  );
}
