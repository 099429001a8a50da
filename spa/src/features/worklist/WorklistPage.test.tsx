import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserRouter } from 'react-router-dom';
import { SessionContext, type Session } from '../../api/session';
import type { CaseSchemas } from '../../api/client';
import { WorklistPage } from './WorklistPage';
import type { queryOf } from './worklistParams';

type Query = ReturnType<typeof queryOf>;

const me = 'b84f370e-ee53-59cd-8293-8232fa23b2a9';
const team = [
  { subject: me, displayName: 'Fatma Yilmaz', subregion: 'NORD', role: 'CASE_MANAGER' },
  { subject: 'c0ffee00-0000-4000-8000-000000000002', displayName: 'Jonas Berg', subregion: 'NORD', role: 'CASE_MANAGER' },
  { subject: 'c0ffee00-0000-4000-8000-000000000003', displayName: 'Ines Kurz', subregion: 'SUED', role: 'CASE_MANAGER' },
];
vi.mock('../../api/reference', () => ({
  useTeam: () => ({
    members: team,
    name: (subject?: string | null, unknown = '–') =>
      subject ? (team.find((member) => member.subject === subject)?.displayName ?? unknown) : '–',
  }),
}));

const haddad: CaseSchemas['WorklistItem'] = {
  caseId: '11111111-1111-4111-8111-111111111111',
  number: 'KIM-NORD-2026-000123',
  household: 'Amira Haddad',
  members: ['Amira Haddad', 'Omar Haddad'],
  phase: 'ORIENTIERUNG',
  priority: 'HIGH',
  caseManager: me,
  nextReview: '2026-03-01',
  lastActivityAt: '2026-02-10T09:00:00Z',
  urgency: 9,
  flags: [
    { kind: 'INACTIVE', detail: 'no activity for more than 30 days', since: '2026-02-10' },
    {
      kind: 'RESIDENCE_EXPIRING',
      subject: '22222222-2222-4222-8222-222222222222',
      detail: 'residence permit expires soon',
      since: '2099-01-12',
    },
    {
      kind: 'RESIDENCE_EXPIRING',
      subject: '33333333-3333-4333-8333-333333333333',
      detail: 'residence permit expires soon',
      since: '2099-01-12',
    },
    {
      kind: 'REFERRAL_OVERDUE',
      subject: '44444444-4444-4444-8444-444444444444',
      detail: 'no answer from the provider',
      since: '2026-01-20',
    },
  ],
};
const karimi: CaseSchemas['WorklistItem'] = {
  caseId: '55555555-5555-4555-8555-555555555555',
  number: 'KIM-NORD-2026-000124',
  household: 'Leyla Karimi',
  members: ['Leyla Karimi'],
  phase: 'ANKOMMEN',
  priority: 'NORMAL',
  caseManager: 'someone-who-left',
  lastActivityAt: '2026-02-12T09:00:00Z',
  urgency: 1,
  flags: [{ kind: 'RESIDENCE_EXPIRING', detail: 'residence permit expired', since: '2020-05-31' }],
};

const asked: Query[] = [];
vi.mock('./useWorklist', () => ({
  useWorklist: (query: Query) => {
    asked.push(query);
    const items = query.q === 'Xyz' ? [] : [haddad, karimi];
    return {
      data: { items, page: query.page, size: query.size, total: items.length },
      isPending: false,
      isPlaceholderData: false,
      error: null,
      refetch: vi.fn(),
    };
  },
}));

function renderWorklist(session: Session = { authenticated: true, roles: ['case-manager'], subregion: 'NORD' }) {
  render(
    <SessionContext.Provider value={session}>
      <BrowserRouter>
        <WorklistPage />
      </BrowserRouter>
    </SessionContext.Provider>,
  );
  return userEvent.setup();
}

const address = () => new URLSearchParams(window.location.search);

beforeEach(() => {
  window.history.replaceState(null, '', '/worklist');
  asked.length = 0;
});
afterEach(() => vi.useRealTimers());

describe('the worklist', () => {
  test('shows each flag as a German badge with its date, never the API’s English detail', () => {
    renderWorklist();
    const row = screen.getByRole('row', { name: /Amira Haddad/ });
    expect(within(row).getByText('Aufenthalt läuft ab am 12.01.2099 (2 Personen)')).toBeTruthy();
    expect(within(row).getByText('Zuweisung überfällig seit 20.01.2026')).toBeTruthy();
    expect(within(row).getByText('Keine Aktivität seit 10.02.2026')).toBeTruthy();
    // The ending permit leads to the people of the household; nothing is resolved from the flag's subject.
    expect(
      within(row)
        .getByRole('link', { name: /Aufenthalt läuft ab/ })
        .getAttribute('href'),
    ).toBe(`/cases/${haddad.caseId}/household`);
    expect(within(screen.getByRole('row', { name: /Leyla Karimi/ })).getByText('Aufenthalt abgelaufen am 31.05.2020')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/residence permit|no answer|no activity|RESIDENCE_EXPIRING/);
  });

  test('names the household, its people, the number and the case manager, never a subject', () => {
    renderWorklist();
    const row = screen.getByRole('row', { name: /Amira Haddad/ });
    expect(within(row).getByRole('link', { name: 'Amira Haddad' }).getAttribute('href')).toBe(`/cases/${haddad.caseId}`);
    expect(within(row).getByText('mit Omar Haddad')).toBeTruthy();
    expect(within(row).getByText('KIM-NORD-2026-000123')).toBeTruthy();
    expect(within(row).getByText('Fatma Yilmaz')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /Leyla Karimi/ })).getByText('unbekannt')).toBeTruthy();
    expect(document.body.textContent).not.toContain(me);
    expect(screen.getByText('1–2 von 2')).toBeTruthy();
  });

  test('searches as one types, keeps search and filters in the address, and steps back through them', async () => {
    const user = renderWorklist();
    await user.type(screen.getByLabelText('Fall suchen'), 'Mohammed');
    await waitFor(() => expect(address().get('q')).toBe('Mohammed'), { timeout: 3000 });
    expect(asked.at(-1)).toMatchObject({ q: 'Mohammed', scope: 'MINE', page: 0, size: 50 });

    await user.click(screen.getByText('Filter'));
    await user.selectOptions(screen.getByLabelText('Phase'), 'Abgeschlossen');
    expect(address().get('phase')).toBe('CLOSED');
    expect(asked.at(-1)).toMatchObject({ q: 'Mohammed', phase: 'CLOSED' });
    expect(
      screen.getByText('Gesucht: „Mohammed“ · Phase: Abgeschlossen · in der ganzen Teilregion, auch abgeschlossene Fälle'),
    ).toBeTruthy();

    window.history.back();
    await waitFor(() => expect((screen.getByLabelText('Phase') as HTMLSelectElement).value).toBe(''), { timeout: 3000 });
    expect((screen.getByLabelText('Fall suchen') as HTMLInputElement).value).toBe('Mohammed');
    window.history.back();
    await waitFor(() => expect((screen.getByLabelText('Fall suchen') as HTMLInputElement).value).toBe(''), { timeout: 3000 });
  });

  test('says what was searched when nothing is found', async () => {
    window.history.replaceState(null, '', '/worklist?q=Xyz&flag=RESIDENCE_EXPIRING&inactiveDays=not-a-number');
    renderWorklist();
    expect(screen.getByRole('heading', { name: 'Keine Fälle gefunden.' })).toBeTruthy();
    expect(
      screen.getByText('Gesucht: „Xyz“ · Hinweis: Aufenthalt läuft ab · in der ganzen Teilregion, auch abgeschlossene Fälle'),
    ).toBeTruthy();
    // What the API would refuse is not asked for.
    expect(asked.at(-1)).toMatchObject({ q: 'Xyz', flag: 'RESIDENCE_EXPIRING', inactiveDays: undefined });
  });

  test("offers coordinators the sub-region's case managers by name, and all cases of the sub-region first", async () => {
    const user = renderWorklist({ authenticated: true, roles: ['coordinator'], subregion: 'NORD' });
    expect(asked.at(-1)).toMatchObject({ scope: 'SUBREGION' });
    await user.click(screen.getByText('Filter'));
    const choice = screen.getByLabelText('Fallmanagement') as HTMLSelectElement;
    expect([...choice.options].map((option) => option.text)).toEqual(['Alle', 'Fatma Yilmaz', 'Jonas Berg']);
    await user.selectOptions(choice, 'Jonas Berg');
    expect(address().get('caseManager')).toBe(team[1].subject);
    await user.click(screen.getByRole('button', { name: 'Meine Fälle' }));
    expect(address().get('scope')).toBe('MINE');
    expect(address().get('caseManager')).toBe(team[1].subject);
  });
});
