import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, callWithVersion, regions, type RegionSchemas } from '../../api/client';
import { useSession } from '../../api/session';
import { useAction } from '../../api/useAction';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { Button, SelectField, TextField } from '../../components/Fields';
import { Empty, Loading, ProblemAlert, Success } from '../../components/States';
import { WEEKDAYS } from '../../api/enums';
import { AccommodationForm, PostForm, QuarterForm, RemoveButton } from './RegionForms';

type OfficeHours = RegionSchemas['OfficeHoursInput'];

/** Regions administration for coordinators: quarters, accommodations, staffing posts and the contact points' office hours. */
export function RegionsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { subregion } = useSession();
  const loaded = useLoad(async () => {
    const query = { query: { subregion: subregion || undefined, size: 100 } };
    const [quarters, accommodations, posts, contactPoints, municipalities] = await Promise.all([
      call(regions.GET('/api/regions/quarters', { params: query })),
      call(regions.GET('/api/regions/accommodations', { params: query })),
      call(regions.GET('/api/regions/posts', { params: query })),
      call(regions.GET('/api/regions/contact-points', { params: query })),
      call(regions.GET('/api/regions/municipalities', { params: query })),
    ]);
    return {
      quarters: quarters.items ?? [],
      accommodations: accommodations.items ?? [],
      posts: posts.items ?? [],
      contactPoints: contactPoints.items ?? [],
      municipalities: municipalities.items ?? [],
    };
  }, [subregion]);
  if (loaded.error !== undefined) return <ProblemAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { quarters, accommodations, posts, contactPoints, municipalities } = loaded.data;
  const municipalityName = (id?: string) => municipalities.find((municipality) => municipality.id === id)?.name ?? '–';
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('regions.title', { subregion: subregion ?? '' })}</h1>
      <OfficeHoursEditor contactPoints={contactPoints} onSaved={loaded.reload} />
      <section aria-labelledby="quarters">
        <h2 id="quarters" className="kern-heading-medium">
          {t('regions.quarters')}
        </h2>
        {quarters.length === 0 ? (
          <Empty text={t('regions.none')} />
        ) : (
          <ul className="kern-list">
            {quarters.map((quarter) => (
              <li key={quarter.id}>
                {quarter.name} ({municipalityName(quarter.municipalityId)}) · {labels.label('QuarterKind', quarter.kind)}{' '}
                <RemoveButton path="/api/regions/quarters/{id}" id={quarter.id!} name={quarter.name!} onRemoved={loaded.reload} />
              </li>
            ))}
          </ul>
        )}
        <QuarterForm municipalities={municipalities} onSaved={loaded.reload} />
      </section>
      <section aria-labelledby="accommodations">
        <h2 id="accommodations" className="kern-heading-medium">
          {t('regions.accommodations')}
        </h2>
        {accommodations.length === 0 ? (
          <Empty text={t('regions.none')} />
        ) : (
          <table className="kern-table">
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('regions.name')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('wizard.municipality')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('regions.occupancy')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--action">
                  {t('common.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {accommodations.map((accommodation) => (
                <tr key={accommodation.id} className="kern-table__row">
                  <td className="kern-table__cell">{accommodation.name}</td>
                  <td className="kern-table__cell">{municipalityName(accommodation.municipalityId)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {accommodation.occupancy ?? '–'} / {accommodation.capacity ?? '–'}
                  </td>
                  <td className="kern-table__cell kern-table__cell--action">
                    <RemoveButton
                      path="/api/regions/accommodations/{id}"
                      id={accommodation.id!}
                      name={accommodation.name!}
                      onRemoved={loaded.reload}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <AccommodationForm municipalities={municipalities} quarters={quarters} onSaved={loaded.reload} />
      </section>
      <section aria-labelledby="posts">
        <h2 id="posts" className="kern-heading-medium">
          {t('regions.posts')}
        </h2>
        {posts.length === 0 ? (
          <Empty text={t('regions.none')} />
        ) : (
          <ul className="kern-list">
            {posts.map((post) => (
              <li key={post.id}>
                {t('regions.postLine', {
                  municipality: municipalityName(post.municipalityId),
                  role: labels.label('PostRole', post.role),
                  fte: post.fte,
                })}{' '}
                <RemoveButton
                  path="/api/regions/posts/{id}"
                  id={post.id!}
                  name={`${municipalityName(post.municipalityId)} ${labels.label('PostRole', post.role)}`}
                  onRemoved={loaded.reload}
                />
              </li>
            ))}
          </ul>
        )}
        <PostForm municipalities={municipalities} onSaved={loaded.reload} />
      </section>
    </div>
  );
}

function toInput(point: RegionSchemas['ContactPointState'], officeHours: OfficeHours[]): RegionSchemas['ContactPointInput'] {
  return {
    name: point.name ?? '',
    municipalityId: point.municipalityId ?? '',
    quarterId: point.quarterId,
    address: { street: point.address?.street ?? '', postalCode: point.address?.postalCode ?? '', city: point.address?.city ?? '' },
    operators: point.operators ?? [],
    languages: point.languages ?? [],
    services: point.services ?? [],
    officeHours,
    closures: (point.closures ?? []).map((closure) => ({ from: closure.from ?? '', to: closure.to ?? '', reason: closure.reason })),
  };
}

/** Office hours of one contact point: a row per opening (a day may have two, e.g. morning and afternoon). */
function OfficeHoursEditor({ contactPoints, onSaved }: { contactPoints: RegionSchemas['ContactPointState'][]; onSaved: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useAction();
  const reading = useAction();
  const [selected, setSelected] = useState('');
  // The contact point as read when it was chosen, with its version: a change someone else saves meanwhile makes
  // the save fail with 412 (reload and retry) instead of being overwritten.
  const [editing, setEditing] = useState<{ point: RegionSchemas['ContactPointState']; etag: string }>();
  const [hours, setHours] = useState<OfficeHours[]>([]);
  const point = editing?.point;
  const choose = (id: string) => {
    setSelected(id);
    setEditing(undefined);
    if (!id) return;
    void reading.run(async () => {
      const read = await callWithVersion(regions.GET('/api/regions/contact-points/{id}', { params: { path: { id } } }));
      setEditing({ point: read.data, etag: read.etag });
      setHours(
        (read.data.officeHours ?? []).map((entry) => ({
          day: entry.day ?? 'MONDAY',
          opens: (entry.opens ?? '').slice(0, 5),
          closes: (entry.closes ?? '').slice(0, 5),
        })),
      );
    });
  };
  const change = (index: number, patch: Partial<OfficeHours>) =>
    setHours((current) => current.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)));
  return (
    <section aria-labelledby="office-hours">
      <h2 id="office-hours" className="kern-heading-medium">
        {t('regions.officeHours')}
      </h2>
      <SelectField
        label={t('regions.contactPoint')}
        field="contactPoint"
        value={selected}
        onChange={choose}
        empty="–"
        options={contactPoints.map((candidate) => ({ value: candidate.id!, label: candidate.name! }))}
      />
      {reading.error !== undefined && <ProblemAlert error={reading.error} onRetry={reading.retryAfter(() => choose(selected))} />}
      {point && (
        <form
          className="stacked-form"
          aria-label={t('regions.officeHoursOf', { name: point.name })}
          onSubmit={(event) => {
            event.preventDefault();
            void action.run(
              () =>
                call(
                  regions.PUT('/api/regions/contact-points/{id}', {
                    params: { path: { id: point.id! }, header: { 'If-Match': editing!.etag } },
                    body: toInput(point, hours),
                  }),
                ),
              () => {
                onSaved();
                choose(point.id!); // the new version, for the next change
              },
            );
          }}
        >
          {hours.length === 0 && <Empty text={t('public.byAppointment')} />}
          {hours.map((entry, index) => (
            <div key={index} className="inline-form office-hours-row">
              <SelectField
                label={t('regions.day')}
                field={`officeHours[${index}].day`}
                value={entry.day}
                onChange={(day) => change(index, { day: day as OfficeHours['day'] })}
                error={action.error}
                options={WEEKDAYS.map((day) => ({ value: day, label: labels.weekday(day) }))}
              />
              <TextField
                label={t('regions.opens')}
                field={`officeHours[${index}].opens`}
                type="time"
                value={entry.opens}
                onChange={(opens) => change(index, { opens })}
                error={action.error}
                required
              />
              <TextField
                label={t('regions.closes')}
                field={`officeHours[${index}].closes`}
                type="time"
                value={entry.closes}
                onChange={(closes) => change(index, { closes })}
                error={action.error}
                required
              />
              <Button kind="tertiary" onClick={() => setHours((current) => current.filter((_, at) => at !== index))}>
                {t('regions.removeHours')}
              </Button>
            </div>
          ))}
          <div className="kern-btn-wrapper">
            <Button
              kind="secondary"
              onClick={() => setHours((current) => [...current, { day: 'MONDAY', opens: '09:00', closes: '12:00' }])}
            >
              {t('regions.addHours')}
            </Button>
            <Button type="submit" busy={action.busy}>
              {t('common.save')}
            </Button>
          </div>
          {action.done && <Success text={t('common.saved')} />}
          {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(() => choose(selected))} />}
        </form>
      )}
    </section>
  );
}
