import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { hasRole, useSession } from '../../api/session';
import { useSubregions } from '../../api/reference';
import { SelectInput } from '../../components/form/Inputs';
import { PageContents } from '../../components/PageContents';
import { useUrlFilters } from '../../forms/useUrlFilters';
import { HelpLink } from '../help/HelpLink';
import { AccommodationsSection } from './AccommodationsSection';
import { ContactPointsSection } from './ContactPointsSection';
import { PostsSection } from './PostsSection';
import { QuartersSection } from './QuartersSection';
import { useRegionList } from './regionsData';
import { TeamSection } from './TeamSection';

const SECTIONS = ['team-members', 'posts', 'quarters', 'accommodations', 'contact-points'] as const;

/**
 * The sub-region's places and people: the KIM team with their work contacts, the funded posts, quarters,
 * accommodations and the contact points' office hours. Coordinators keep their own sub-region; admins choose one or
 * see the whole district.
 */
export function RegionsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const subregions = useSubregions();
  const admin = hasRole(session, 'admin');
  const filters = useUrlFilters({ teilregion: '' });
  const subregion = admin ? filters.values.teilregion || undefined : (session.subregion ?? undefined);
  const municipalities = useRegionList('municipalities', subregion).data ?? [];
  return (
    <div className="kern-stack">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{t('regions.title')}</h1>
        <p className="kern-subline">{subregion ? subregions.name(subregion) : t('regions.wholeDistrict')}</p>
      </hgroup>
      <HelpLink topic="regions" />
      {/* The choice mounts with its options, so that it shows the address's choice. */}
      {admin && subregions.subregions.length > 0 && (
        <FormProvider {...filters.form}>
          <form className="filter-bar" aria-label={t('regions.scope')} onSubmit={(event) => event.preventDefault()}>
            <SelectInput
              name="teilregion"
              label={t('regions.subregion')}
              empty={t('regions.wholeDistrict')}
              options={subregions.subregions.map((s) => ({ value: s.code ?? '', label: s.name ?? '' }))}
              filter
            />
          </form>
        </FormProvider>
      )}
      <PageContents items={SECTIONS.map((kind) => ({ id: `${kind}-title`, title: t(`regions.section.${kind}`) }))} />
      <TeamSection subregion={subregion} />
      <PostsSection subregion={subregion} municipalities={municipalities} />
      <QuartersSection subregion={subregion} municipalities={municipalities} />
      <AccommodationsSection subregion={subregion} municipalities={municipalities} />
      <ContactPointsSection subregion={subregion} municipalities={municipalities} />
    </div>
  );
}
