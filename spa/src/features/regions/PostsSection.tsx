import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { RegionSchemas } from '../../api/client';
import { zPostInput, zPostRole } from '../../api/generated/region-service.zod';
import { Form } from '../../components/form/Form';
import { SelectInput, TextInput } from '../../components/form/Inputs';
import { useApiForm } from '../../forms/useApiForm';
import { useLabels } from '../../i18n/format';
import { numberField } from './numberField';
import { MunicipalitySelect } from './MunicipalitySelect';
import { RegionSection, type RegionFormProps } from './RegionSection';
import { useRegionList, type StateOf } from './regionsData';

type Municipality = RegionSchemas['MunicipalityState'];
const column = createColumnHelper<StateOf<'posts'>>();
const schema = zPostInput.extend({ fte: numberField(zPostInput.shape.fte) });

/** Full-time equivalents as people say them: "0,5 Stellen", "2,0 Stellen". */
export function useFte() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  return (fte?: number | null) => t('regions.fteOf', { fte: number.format(fte ?? 0) });
}

/** The funded posts (Stellen) per municipality and task, with their sum. */
export function PostsSection({ subregion, municipalities }: { subregion?: string; municipalities: Municipality[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const fte = useFte();
  const posts = useRegionList('posts', subregion).data ?? [];
  const municipality = (id?: string) => municipalities.find((m) => m.id === id)?.name ?? '–';
  const columns = [
    column.display({
      id: 'municipality',
      header: t('regions.municipality'),
      meta: { card: 'title' },
      cell: ({ row: { original: row } }) => municipality(row.municipalityId),
    }),
    column.display({ id: 'role', header: t('regions.postRole'), cell: ({ row: { original: row } }) => labels.label('PostRole', row.role) }),
    column.display({ id: 'fte', header: t('regions.fte'), cell: ({ row: { original: row } }) => fte(row.fte) }),
    column.display({ id: 'note', header: t('regions.note'), cell: ({ row: { original: row } }) => row.note || '–' }),
  ];
  const total = posts.reduce((sum, post) => sum + (post.fte ?? 0), 0);
  return (
    <RegionSection
      kind="posts"
      subregion={subregion}
      title={t('regions.section.posts')}
      addLabel={t('regions.addPost')}
      columns={columns}
      nameOf={(post) => `${municipality(post.municipalityId)}, ${labels.label('PostRole', post.role)}`}
      form={(props) => <PostForm municipalities={municipalities} {...props} />}
    >
      {posts.length > 0 && <p className="kern-body">{t('regions.postsTotal', { fte: fte(total) })}</p>}
    </RegionSection>
  );
}

/** A new post, or one changed (e.g. from 0,5 to 1,0 Stellen). */
function PostForm({ municipalities, item, save, onDone, onCancel }: RegionFormProps<'posts'> & { municipalities: Municipality[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const fte = useFte();
  const api = useApiForm({
    schema: schema as never as typeof zPostInput,
    defaultValues: {
      municipalityId: item?.municipalityId ?? '',
      role: (item?.role as never) ?? '',
      fte: (item?.fte ?? '') as never,
      note: item?.note ?? '',
    },
    submit: save,
    confirmation: (saved) =>
      t(item ? 'regions.postSaved' : 'regions.postAdded', {
        municipality: municipalities.find((m) => m.id === saved.municipalityId)?.name,
        fte: fte(saved.fte),
      }),
    onDone,
  });
  return (
    <Form
      api={api}
      label={item ? t('regions.editPost') : t('regions.newPost')}
      submit={item ? t('common.save') : t('regions.addPost')}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <MunicipalitySelect municipalities={municipalities} />
        <SelectInput name="role" label={t('regions.postRole')} required options={labels.options('PostRole', zPostRole.options)} />
        <TextInput name="fte" label={t('regions.fte')} hint={t('regions.fteHint')} type="number" required />
        <TextInput name="note" label={t('regions.note')} />
      </div>
    </Form>
  );
}
