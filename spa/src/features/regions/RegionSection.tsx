import type { ReactNode } from 'react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { Empty, Loading, ProblemAlert, QueryStates } from '../../components/States';
import { ActionButton } from '../cases/common/ActionButton';
import { SectionHeading } from '../cases/common/SectionHeading';
import { useCaseAction } from '../cases/common/useCaseAction';
import { focusSoon, useEditing } from '../cases/common/useEditing';
import { useRegionChanges, useRegionItem, useRegionList, type InputOf, type Kind, type StateOf } from './regionsData';

/** What a section's form gets: the thing to change (none for a new one), how to save it, and where to go after. */
export interface RegionFormProps<K extends Kind> {
  item?: StateOf<K>;
  save: (input: InputOf<K>) => Promise<StateOf<K>>;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * A collection of the sub-region (quarters, accommodations, posts, team): a table of what there is, each row with
 * "Bearbeiten" and "Entfernen" in fixed places, and one form at a time above it, for a new one or the one edited.
 */
export function RegionSection<K extends Kind>({
  kind,
  subregion,
  title,
  addLabel,
  columns,
  nameOf,
  form,
  children,
}: {
  kind: K;
  subregion?: string;
  title: string;
  addLabel: string;
  // Columns hold values of different types (as DataTable's).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<StateOf<K>, any>[];
  nameOf: (item: StateOf<K>) => string;
  /** Renders the section's form (a render function: the form itself is a stable component). */
  form: (props: RegionFormProps<K>) => ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const editing = useEditing();
  const loaded = useRegionList(kind, subregion);
  const changes = useRegionChanges(kind, subregion);
  const removal = useCaseAction();
  const headingId = `${kind}-title`;
  const done = () => editing.stop(headingId);
  const idOf = (item: StateOf<K>) => (item as { id?: string }).id ?? '';
  const remove = (item: StateOf<K>) =>
    void removal
      .run(idOf(item), () => changes.remove(idOf(item)), t('regions.removed', { name: nameOf(item) }), {
        title: t('regions.removeTitle', { name: nameOf(item) }),
        body: t('regions.removeBody'),
        confirm: t('regions.removeConfirm'),
      })
      .then((removed) => removed && focusSoon(headingId));
  const column = createColumnHelper<StateOf<K>>();
  const withActions = [
    ...columns,
    column.display({
      id: 'actions',
      header: t('common.actions'),
      cell: ({ row }) => (
        <div className="card-actions">
          <ActionButton
            kind="tertiary"
            onClick={() => editing.start(idOf(row.original))}
            aria-label={t('regions.edit', { name: nameOf(row.original) })}
          >
            {t('common.edit')}
          </ActionButton>
          <ActionButton
            kind="tertiary"
            busy={removal.isBusy(idOf(row.original))}
            onClick={() => remove(row.original)}
            aria-label={t('regions.remove', { name: nameOf(row.original) })}
          >
            {t('regions.removeShort')}
          </ActionButton>
        </div>
      ),
    }),
  ];
  return (
    <section aria-labelledby={headingId} className="case-section">
      <SectionHeading id={headingId} title={title}>
        {!editing.is('new') && <ActionButton onClick={() => editing.start('new')}>{addLabel}</ActionButton>}
      </SectionHeading>
      {children}
      {editing.is('new') && form({ save: changes.add, onDone: done, onCancel: done })}
      {editing.editing && editing.editing !== 'new' && (
        <EditItem key={editing.editing} kind={kind} id={editing.editing} subregion={subregion}>
          {(item, save) => form({ item, save, onDone: done, onCancel: done })}
        </EditItem>
      )}
      {removal.problem !== undefined && (
        // Refused because something still refers to it (a quarter's accommodations, a sub-region's cases): say so.
        <ProblemAlert
          error={removal.problem}
          details={removal.problem instanceof ApiError && removal.problem.status === 409 ? [t('regions.stillUsed')] : []}
        />
      )}
      <QueryStates query={loaded} />
      {loaded.data?.length === 0 && <Empty text={t('regions.none')} />}
      {loaded.data && loaded.data.length > 0 && (
        <DataTable caption={title} columns={withActions} data={loaded.data} rowKey={idOf} testId={`region-${kind}`} />
      )}
    </section>
  );
}

/**
 * An edit form for one thing, fed with the thing as it is now. The save goes against the version read here; when
 * someone else changed it meanwhile, the new version is read (the form keeps what was typed) and the next save goes
 * against that.
 */
export function EditItem<K extends Kind>({
  kind,
  id,
  subregion,
  children,
}: {
  kind: K;
  id: string;
  subregion?: string;
  children: (item: StateOf<K>, save: (input: InputOf<K>) => Promise<StateOf<K>>) => ReactNode;
}) {
  const loaded = useRegionItem(kind, id);
  const changes = useRegionChanges(kind, subregion);
  if (loaded.error && !loaded.data) return <ProblemAlert error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!loaded.data) return <Loading />;
  const { item, etag } = loaded.data;
  const save = async (input: InputOf<K>) => {
    try {
      return await changes.change(id, etag, input);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 412) await loaded.refetch();
      throw failure;
    }
  };
  return <>{children(item, save)}</>;
}
