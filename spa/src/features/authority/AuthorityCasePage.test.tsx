import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cases } from '../../api/client';
import { SessionContext } from '../../api/session';
import { AnnouncerProvider } from '../../components/Announcer';
import { AuthorityCasePage } from './AuthorityCasePage';

vi.mock('../../api/reference', () => ({
  useTeam: () => ({ members: [], name: (_?: string | null, unknown = '–') => unknown, member: () => undefined }),
  useSubregions: () => ({ subregions: [], name: (code?: string | null) => (code === 'NORD' ? 'Teilregion Nord' : (code ?? '–')) }),
  useMunicipalities: () => ({ municipalities: [], name: () => 'Lünen' }),
  usePlaces: () => ({ quarters: [], accommodations: [] }),
}));

const CASE = '11111111-1111-4111-8111-111111111111';
const MEMBER = '22222222-2222-4222-8222-222222222222';

/** The Jobcenter's view of a case shared for education and work only: no names, no master data. */
function view(
  version: number,
  notes: unknown[] = [],
  contact: unknown = { name: 'Nadine Günnewig', phone: '+49 2306 100-211', email: 'fm.nord@kreis-unna.de' },
) {
  return {
    caseId: CASE,
    caseVersion: version,
    categories: ['EDUCATION_WORK'],
    contact,
    data: {
      number: 'KIM-NORD-2026-000042',
      subregion: 'NORD',
      fileReference: 'JC-4711',
      consents: [
        {
          id: '33333333-3333-4333-8333-333333333333',
          recipientKind: 'AUTHORITY',
          recipient: 'JOBCENTER',
          categories: ['EDUCATION_WORK'],
          purpose: 'Vermittlung in Arbeit',
          legalBasis: 'CONSENT',
          documentReference: 'EW-42',
          grantedOn: '2026-01-12',
          validUntil: '2099-01-12',
          revokedAt: null,
        },
      ],
      assessment: { assessedOn: '2026-01-10', members: [{ memberId: MEMBER, schooling: 'SECONDARY', employment: 'UNEMPLOYED' }] },
      needs: [{ id: '44444444-4444-4444-8444-444444444444', kind: 'WORK', category: 'EDUCATION_WORK', memberId: MEMBER, derived: true }],
      goals: [],
      referrals: [],
      conferences: [],
      notes,
    },
  };
}

const answer = (status: number, body?: unknown, etag?: string) =>
  Promise.resolve({ data: body, response: new Response(null, { status, headers: etag ? { ETag: etag } : {} }) }) as never;

function renderPage() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <SessionContext.Provider value={{ authenticated: true, authority: 'JOBCENTER', roles: ['authority-staff'] }}>
        <AnnouncerProvider>
          <MemoryRouter initialEntries={[`/authority/cases/${CASE}`]}>
            <Routes>
              <Route path="/authority/cases/:caseId" element={<AuthorityCasePage />} />
            </Routes>
          </MemoryRouter>
        </AnnouncerProvider>
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

afterEach(() => vi.restoreAllMocks());

describe('a case as authority staff see it', () => {
  test('says whom to call, what is shared on which basis until when, and names nobody without master data', async () => {
    vi.spyOn(cases, 'GET').mockImplementation(() => answer(200, view(4), '"4"'));
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Fall KIM-NORD-2026-000042' })).toBeTruthy();
    expect(screen.getByText('Freigegebene Kategorien: Bildung und Arbeit')).toBeTruthy();

    const contact = screen.getByRole('region', { name: 'Ansprechperson im KIM-Fallmanagement' });
    expect(within(contact).getByText('Nadine Günnewig')).toBeTruthy();
    expect(within(contact).getByRole('link', { name: '+49 2306 100-211' }).getAttribute('href')).toBe('tel:+492306100211');
    expect(within(contact).getByRole('link', { name: 'fm.nord@kreis-unna.de' }).getAttribute('href')).toBe('mailto:fm.nord@kreis-unna.de');

    const consents = screen.getByRole('region', { name: 'Freigabe: Einwilligungen und Rechtsgrundlagen' });
    expect(within(consents).getByText('gilt vom 12.01.2026 bis 12.01.2099')).toBeTruthy();
    expect(within(consents).getByText('Einwilligung · Fundstelle: EW-42')).toBeTruthy();

    // The person has no name in this view: the need says "a person of the household", the card "Person 1".
    expect(screen.getByText('Arbeit – eine Person des Haushalts')).toBeTruthy();
    const person = screen.getByRole('article', { name: 'Person 1' });
    expect(within(person).getByText('Sekundarstufe I')).toBeTruthy();
    expect(within(person).queryByText('Geburtsdatum')).toBeNull();
    expect(screen.getByText('Ihr Aktenzeichen: JC-4711', { exact: false })).toBeTruthy();
  });

  test('names the sub-region’s case management while no contact person is recorded', async () => {
    vi.spyOn(cases, 'GET').mockImplementation(() => answer(200, view(4, [], null), '"4"'));
    renderPage();
    const contact = await screen.findByRole('region', { name: 'Ansprechperson im KIM-Fallmanagement' });
    expect(within(contact).getByText(/Zuständig ist das KIM-Fallmanagement \(Teilregion Nord\)/)).toBeTruthy();
  });

  test('a note meeting a change the view had not caught up with is sent again on top of it, never lost', async () => {
    const note = {
      id: '55555555-5555-4555-8555-555555555555',
      text: 'Termin vereinbart',
      category: 'EDUCATION_WORK',
      visibility: 'OWN_AUTHORITY',
      authorAuthority: 'JOBCENTER',
      writtenAt: '2026-12-01T09:00:00Z',
    };
    let version = 4;
    vi.spyOn(cases, 'GET').mockImplementation(() => answer(200, view(version, version >= 6 ? [note] : []), `"${version}"`));
    const post = vi.spyOn(cases, 'POST').mockImplementation((_path, options) => {
      const etag = (options as { params: { header: { 'If-Match': string } } }).params.header['If-Match'];
      if (etag === '"4"') {
        version = 5; // someone changed the case meanwhile
        return answer(412, { type: 'urn:kim:problem:precondition-failed', status: 412 });
      }
      version = 6;
      return answer(204, undefined, '"6"');
    });
    const user = renderPage();
    const form = await screen.findByRole('form', { name: 'Vermerk schreiben' });
    await user.type(within(form).getByLabelText('Vermerk'), 'Termin vereinbart');
    await user.selectOptions(within(form).getByLabelText('Datenkategorie'), 'EDUCATION_WORK');
    await user.click(within(form).getByRole('button', { name: 'Vermerk schreiben' }));

    expect(await screen.findByText('Vermerk (Bildung und Arbeit) gespeichert')).toBeTruthy();
    expect(post).toHaveBeenCalledTimes(2);
    expect(
      (post.mock.calls as unknown as [string, { params: { header: Record<string, string> } }][]).map(
        ([, options]) => options.params.header['If-Match'],
      ),
    ).toEqual(['"4"', '"5"']);
    const notes = screen.getByRole('region', { name: 'Vermerke' });
    expect(await within(notes).findByText('Termin vereinbart')).toBeTruthy();
    expect(within(notes).getByText(/Ihre Behörde \(Jobcenter\)/)).toBeTruthy();
  });
});
