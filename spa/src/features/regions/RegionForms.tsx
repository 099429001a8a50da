import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, callWithVersion, regions, type RegionSchemas } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useLabels } from '../../i18n/format';
import { Button, SelectField, TextField } from '../../components/Fields';
import { ProblemAlert } from '../../components/States';

type Municipality = RegionSchemas['MunicipalityState'];
type Quarter = RegionSchemas['QuarterState'];

interface FormProps {
  municipalities: Municipality[];
  onSaved: () => void;
}

function municipalityOptions(municipalities: Municipality[]) {
  return municipalities.map((municipality) => ({ value: municipality.id!, label: municipality.name! }));
}

/** A new quarter (district part or social area) of a municipality of the sub-region. */
export function QuarterForm({ municipalities, onSaved }: FormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useAction();
  const [quarter, setQuarter] = useState<RegionSchemas['QuarterInput']>({ municipalityId: '', name: '', kind: 'DISTRICT_PART' });
  return (
    <form
      className="inline-form"
      aria-label={t('regions.addQuarter')}
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(() => call(regions.POST('/api/regions/quarters', { body: quarter })), onSaved);
      }}
    >
      <SelectField
        label={t('wizard.municipality')}
        field="municipalityId"
        value={quarter.municipalityId}
        empty="–"
        required
        onChange={(municipalityId) => setQuarter({ ...quarter, municipalityId })}
        error={action.error}
        options={municipalityOptions(municipalities)}
      />
      <TextField
        label={t('regions.name')}
        field="name"
        value={quarter.name}
        onChange={(name) => setQuarter({ ...quarter, name })}
        error={action.error}
        required
      />
      <SelectField
        label={t('regions.kind')}
        field="kind"
        value={quarter.kind}
        onChange={(kind) => setQuarter({ ...quarter, kind: kind as RegionSchemas['QuarterKind'] })}
        error={action.error}
        options={labels.options('QuarterKind', ['DISTRICT_PART', 'SOCIAL_AREA'])}
      />
      <Button type="submit" kind="secondary" busy={action.busy}>
        {t('regions.addQuarter')}
      </Button>
      {action.error !== undefined && <ProblemAlert error={action.error} />}
    </form>
  );
}

/** A new accommodation (Unterkunft) with its address, capacity and operator. */
export function AccommodationForm({ municipalities, quarters, onSaved }: FormProps & { quarters: Quarter[] }) {
  const { t } = useTranslation();
  const action = useAction();
  const [accommodation, setAccommodation] = useState<RegionSchemas['AccommodationInput']>({
    name: '',
    municipalityId: '',
    address: { street: '', postalCode: '', city: '' },
    operator: '',
  });
  const change = (patch: Partial<RegionSchemas['AccommodationInput']>) => setAccommodation({ ...accommodation, ...patch });
  const number = (value: string) => (value ? Number(value) : undefined);
  return (
    <form
      className="inline-form"
      aria-label={t('regions.addAccommodation')}
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(() => call(regions.POST('/api/regions/accommodations', { body: accommodation })), onSaved);
      }}
    >
      <TextField
        label={t('regions.name')}
        field="name"
        value={accommodation.name}
        onChange={(name) => change({ name })}
        error={action.error}
        required
      />
      <SelectField
        label={t('wizard.municipality')}
        field="municipalityId"
        value={accommodation.municipalityId}
        empty="–"
        required
        onChange={(municipalityId) => change({ municipalityId, quarterId: undefined })}
        error={action.error}
        options={municipalityOptions(municipalities)}
      />
      <SelectField
        label={t('wizard.quarter')}
        field="quarterId"
        value={accommodation.quarterId ?? ''}
        empty="–"
        onChange={(quarterId) => change({ quarterId: quarterId || undefined })}
        error={action.error}
        options={quarters
          .filter((quarter) => quarter.municipalityId === accommodation.municipalityId)
          .map((quarter) => ({ value: quarter.id!, label: quarter.name! }))}
      />
      <TextField
        label={t('provider.street')}
        field="address.street"
        value={accommodation.address.street}
        onChange={(street) => change({ address: { ...accommodation.address, street } })}
        error={action.error}
        required
      />
      <TextField
        label={t('regions.postalCode')}
        field="address.postalCode"
        value={accommodation.address.postalCode}
        onChange={(postalCode) => change({ address: { ...accommodation.address, postalCode } })}
        error={action.error}
        required
      />
      <TextField
        label={t('regions.city')}
        field="address.city"
        value={accommodation.address.city}
        onChange={(city) => change({ address: { ...accommodation.address, city } })}
        error={action.error}
        required
      />
      <TextField
        label={t('provider.capacity')}
        field="capacity"
        type="number"
        value={accommodation.capacity?.toString() ?? ''}
        onChange={(value) => change({ capacity: number(value) })}
        error={action.error}
      />
      <TextField
        label={t('regions.occupancy')}
        field="occupancy"
        type="number"
        value={accommodation.occupancy?.toString() ?? ''}
        onChange={(value) => change({ occupancy: number(value) })}
        error={action.error}
      />
      <TextField
        label={t('regions.operator')}
        field="operator"
        value={accommodation.operator}
        onChange={(operator) => change({ operator })}
        error={action.error}
        required
      />
      <Button type="submit" kind="secondary" busy={action.busy}>
        {t('regions.addAccommodation')}
      </Button>
      {action.error !== undefined && <ProblemAlert error={action.error} />}
    </form>
  );
}

/** A staffing post (Stelle) in full-time equivalents, per municipality and role. */
export function PostForm({ municipalities, onSaved }: FormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useAction();
  const [post, setPost] = useState<RegionSchemas['PostInput']>({ municipalityId: '', role: 'CASE_MANAGEMENT', fte: 1 });
  return (
    <form
      className="inline-form"
      aria-label={t('regions.addPost')}
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(() => call(regions.POST('/api/regions/posts', { body: post })), onSaved);
      }}
    >
      <SelectField
        label={t('wizard.municipality')}
        field="municipalityId"
        value={post.municipalityId}
        empty="–"
        required
        onChange={(municipalityId) => setPost({ ...post, municipalityId })}
        error={action.error}
        options={municipalityOptions(municipalities)}
      />
      <SelectField
        label={t('regions.postRole')}
        field="role"
        value={post.role}
        onChange={(role) => setPost({ ...post, role: role as RegionSchemas['PostRole'] })}
        error={action.error}
        options={labels.options('PostRole', ['CASE_MANAGEMENT', 'COORDINATION', 'IMMIGRATION_OFFICE_BRIDGE'])}
      />
      <TextField
        label={t('regions.fte')}
        field="fte"
        type="number"
        value={post.fte.toString()}
        onChange={(fte) => setPost({ ...post, fte: Number(fte) })}
        error={action.error}
        required
      />
      <Button type="submit" kind="secondary" busy={action.busy}>
        {t('regions.addPost')}
      </Button>
      {action.error !== undefined && <ProblemAlert error={action.error} />}
    </form>
  );
}

type Removable = '/api/regions/quarters/{id}' | '/api/regions/accommodations/{id}' | '/api/regions/posts/{id}';

/** Removes an entry at its current version (the API refuses, e.g., a quarter that still has accommodations). */
export function RemoveButton({ path, id, name, onRemoved }: { path: Removable; id: string; name: string; onRemoved: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  return (
    <>
      <Button
        kind="tertiary"
        busy={action.busy}
        onClick={() =>
          action.run(async () => {
            const { etag } = await callWithVersion(regions.GET(path, { params: { path: { id } } }));
            await call(regions.DELETE(path, { params: { path: { id }, header: { 'If-Match': etag } } }));
          }, onRemoved)
        }
      >
        {t('regions.remove', { name })}
      </Button>
      {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(onRemoved)} />}
    </>
  );
}
