import { beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserRouter, Route, Routes, useParams } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cases } from '../../../api/client';
import { SessionContext } from '../../../api/session';
import { AnnouncerProvider } from '../../../components/Announcer';
import { ConfirmProvider } from '../../../components/ConfirmDialog';
import { NewCaseWizard } from './NewCaseWizard';

vi.mock('../../../api/reference', () => ({
  useMunicipalities: () => ({
    municipalities: [
      { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Lünen', subregion: 'NORD' },
      { id: 'a1b2c3d4-0000-4000-8000-000000000002', name: 'Unna', subregion: 'MITTE' },
    ],
    name: (id?: string | null) => (id === 'a1b2c3d4-0000-4000-8000-000000000001' ? 'Lünen' : '–'),
  }),
  usePlaces: () => ({ quarters: [], accommodations: [] }),
}));

function CaseOpened() {
  return <h1>Fall {useParams().id}</h1>;
}

function renderWizard() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SessionContext.Provider value={{ authenticated: true, roles: ['case-manager'], subregion: 'NORD' }}>
        <AnnouncerProvider>
          <ConfirmProvider>
            <BrowserRouter>
              <Routes>
                <Route path="/cases/new" element={<NewCaseWizard />} />
                <Route path="/cases/:id" element={<CaseOpened />} />
              </Routes>
            </BrowserRouter>
          </ConfirmProvider>
        </AnnouncerProvider>
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

const created = { id: '99999999-9999-4999-8999-999999999999', number: 'KIM-NORD-2026-000777', members: [] };
const answer = (status: number, body: unknown) =>
  Promise.resolve({
    data: status < 300 ? body : undefined,
    error: status < 300 ? undefined : body,
    response: new Response(null, { status, headers: status < 300 ? { ETag: '"0"' } : {} }),
  }) as never;

async function throughWhere(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByLabelText('Kommune'), 'Lünen');
  await user.click(screen.getByRole('button', { name: 'Weiter' }));
  await stepShown('Schritt 2 von 3: Haushalt');
}

/** A new step takes the focus to its heading a frame later; a person reads it before typing, and so does the test. */
async function stepShown(name: string) {
  const heading = await screen.findByRole('heading', { name }, { timeout: 5000 });
  await waitFor(() => expect(document.activeElement).toBe(heading), { timeout: 5000 });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/cases/new');
  vi.restoreAllMocks();
});

describe('the new-case wizard', () => {
  test('checks each step before "Weiter", in German, at the field', async () => {
    const user = renderWizard();
    expect(screen.getByLabelText('Kommune').querySelectorAll('option')).toHaveLength(2); // "Bitte wählen" and Lünen, not Unna
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(await screen.findByText('Bitte eine Kommune wählen.', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Schritt 1 von 3: Wohnort' })).toBeTruthy();

    await throughWhere(user);
    await user.type(screen.getByLabelText('Vorname'), 'Amira');
    await user.type(screen.getByLabelText('Geburtsdatum', { exact: false }), '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(await screen.findByText('Das Geburtsdatum muss in der Vergangenheit liegen.', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Bitte angeben.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Schritt 2 von 3: Haushalt' })).toBeTruthy();
  });

  test('opens the case from a readable summary, announces it and goes to it', async () => {
    const post = vi.spyOn(cases, 'POST').mockImplementation(() => answer(201, created));
    const user = renderWizard();
    await throughWhere(user);
    await user.type(screen.getByLabelText('Vorname'), 'Amira');
    await user.type(screen.getByLabelText('Nachname'), 'Haddad');
    await user.selectOptions(screen.getByLabelText('Sprache 1'), 'Arabisch');
    await user.selectOptions(screen.getByLabelText('Niveau'), 'Muttersprache');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await stepShown('Schritt 3 von 3: Prüfen und anlegen');
    expect(screen.getByText('Person 1: Amira Haddad')).toBeTruthy();
    expect(screen.getByText('Arabisch (Muttersprache)')).toBeTruthy();
    expect(screen.getByText('Lünen')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Fall anlegen' }));
    expect(await screen.findByRole('heading', { name: `Fall ${created.id}` }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Fall KIM-NORD-2026-000777 angelegt')).toBeTruthy();
    expect(post.mock.calls[0][1]).toMatchObject({
      body: {
        municipalityId: 'a1b2c3d4-0000-4000-8000-000000000001',
        members: [{ firstName: 'Amira', lastName: 'Haddad', languages: [{ code: 'ar', level: 'native' }] }],
      },
    });
  });

  test("takes the API's problem with a person back to that person's step and field", async () => {
    vi.spyOn(cases, 'POST').mockImplementation(() =>
      answer(422, {
        type: 'urn:kim:problem:validation',
        title: 'Invalid request',
        status: 422,
        errors: [{ field: 'members[1].nationality', rule: 'country-code', message: 'must be an ISO 3166-1 alpha-2 code' }],
      }),
    );
    const user = renderWizard();
    await throughWhere(user);
    await user.type(screen.getByLabelText('Vorname'), 'Amira');
    await user.type(screen.getByLabelText('Nachname'), 'Haddad');
    await user.click(screen.getByRole('button', { name: 'Person hinzufügen' }));
    await user.type(screen.getAllByLabelText('Vorname')[1], 'Omar');
    await user.type(screen.getAllByLabelText('Nachname')[1], 'Haddad');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await user.click(await screen.findByRole('button', { name: 'Fall anlegen' }, { timeout: 5000 }));

    await screen.findByRole('heading', { name: 'Schritt 2 von 3: Haushalt' }, { timeout: 5000 });
    const nationality = screen.getAllByLabelText('Staatsangehörigkeit', { exact: false })[1];
    await waitFor(() => expect(document.activeElement).toBe(nationality), { timeout: 5000 });
    expect(nationality.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Bitte ein Land aus der Liste wählen.')).toBeTruthy();
    expect((screen.getAllByLabelText('Vorname')[1] as HTMLInputElement).value).toBe('Omar');
    expect(document.body.textContent).not.toMatch(/members\[|must be/);
  });
});
