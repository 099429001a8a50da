import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { zTeamMemberInput, zTeamRole } from '../../api/generated/region-service.zod';
import { useSubregions } from '../../api/reference';
import { Form } from '../../components/form/Form';
import { SelectInput, TextInput } from '../../components/form/Inputs';
import { useApiForm } from '../../forms/useApiForm';
import { useLabels } from '../../i18n/format';
import { telHref } from '../authority/CaseContact';
import { RegionSection, type RegionFormProps } from './RegionSection';
import type { StateOf } from './regionsData';

const column = createColumnHelper<StateOf<'team-members'>>();
const schema = zTeamMemberInput.extend({ email: z.optional(z.email().max(200)) });

/**
 * The KIM team of the sub-region: case managers and coordinators with their work phone and e-mail, which the
 * authorities see as whom to call about a case.
 */
export function TeamSection({ subregion }: { subregion?: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const subregions = useSubregions();
  const columns = [
    column.accessor('displayName', { header: t('regions.personName'), meta: { card: 'title' } }),
    column.display({ id: 'role', header: t('regions.teamRole'), cell: ({ row: { original: row } }) => labels.label('TeamRole', row.role) }),
    ...(subregion
      ? []
      : [
          column.display({
            id: 'subregion',
            header: t('regions.subregion'),
            cell: ({ row: { original: row } }) => subregions.name(row.subregion),
          }),
        ]),
    column.display({
      id: 'phone',
      header: t('regions.phone'),
      cell: ({ row }) =>
        row.original.phone ? (
          <a className="kern-link" href={telHref(row.original.phone)}>
            {row.original.phone}
          </a>
        ) : (
          t('regions.missing')
        ),
    }),
    column.display({
      id: 'email',
      header: t('regions.email'),
      cell: ({ row }) =>
        row.original.email ? (
          <a className="kern-link" href={`mailto:${row.original.email}`}>
            {row.original.email}
          </a>
        ) : (
          t('regions.missing')
        ),
    }),
  ];
  return (
    <RegionSection
      kind="team-members"
      subregion={subregion}
      title={t('regions.section.team-members')}
      addLabel={t('regions.addTeamMember')}
      columns={columns}
      nameOf={(member) => member.displayName ?? ''}
      form={(props) => <TeamMemberForm subregion={subregion} {...props} />}
    >
      <p className="kern-body">{t('regions.teamIntro')}</p>
    </RegionSection>
  );
}

/** A new team member, or their name, role and work contacts changed. */
function TeamMemberForm({ subregion, item, save, onDone, onCancel }: RegionFormProps<'team-members'> & { subregion?: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const subregions = useSubregions();
  const api = useApiForm({
    schema,
    defaultValues: {
      subject: item?.subject ?? '',
      displayName: item?.displayName ?? '',
      phone: item?.phone ?? '',
      email: item?.email ?? '',
      subregion: item?.subregion ?? subregion ?? '',
      role: (item?.role as never) ?? '',
    },
    submit: save,
    confirmation: (saved) => t(item ? 'regions.saved' : 'regions.teamMemberAdded', { name: saved.displayName }),
    onDone,
  });
  return (
    <Form
      api={api}
      label={item ? t('regions.editOf', { name: item.displayName }) : t('regions.newTeamMember')}
      submit={item ? t('common.save') : t('regions.addTeamMember')}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <TextInput name="displayName" label={t('regions.personName')} required autoComplete="name" />
        <SelectInput name="role" label={t('regions.teamRole')} required options={labels.options('TeamRole', zTeamRole.options)} />
        <TextInput name="phone" label={t('regions.workPhone')} hint={t('regions.phoneHint')} type="tel" autoComplete="tel" />
        <TextInput name="email" label={t('regions.workEmail')} type="email" autoComplete="email" />
        <SelectInput
          name="subregion"
          label={t('regions.subregion')}
          required
          options={subregions.subregions
            .filter((s) => !subregion || s.code === subregion)
            .map((s) => ({ value: s.code ?? '', label: s.name ?? '' }))}
        />
        <TextInput name="subject" label={t('regions.subject')} hint={t('regions.subjectHint')} required />
      </div>
    </Form>
  );
}
