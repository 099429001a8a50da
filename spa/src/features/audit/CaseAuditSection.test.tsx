import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cases } from '../../api/client';
import { AnnouncerProvider } from '../../components/Announcer';
import { CaseAuditSection } from './CaseAuditSection';

const team = [{ subject: 'b84f370e-ee53-59cd-8293-8232fa23b2a9', displayName: 'Nadine Günnewig' }];
vi.mock('../../api/reference', () => ({
  useTeam: () => ({ members: team, member: (subject?: string | null) => team.find((member) => member.subject === subject) }),
}));

const CASE = '11111111-1111-4111-8111-111111111111';
const entries = [
  { id: 2, at: '2026-12-01T09:30:00Z', actor: team[0].subject, caseId: CASE, action: 'CASE_READ', purpose: 'CASE_MANAGEMENT' },
  {
    id: 1,
    at: '2026-12-01T09:00:00Z',
    actor: 'f3c1e0aa-0000-4000-8000-000000000001',
    actingAuthority: 'JOBCENTER',
    caseId: CASE,
    action: 'NOTE_WRITTEN',
    purpose: 'AUTHORITY_VIEW',
  },
  {
    id: 0,
    at: '2026-12-01T08:00:00Z',
    actor: team[0].subject,
    casesRead: [CASE, '22222222-2222-4222-8222-222222222222'],
    action: 'WORKLIST_READ',
    purpose: 'CASE_MANAGEMENT',
  },
];
const answer = (status: number, body?: unknown) => Promise.resolve({ data: body, response: new Response(null, { status }) }) as never;

afterEach(() => vi.restoreAllMocks());

describe('the access log', () => {
  test('says who did what and why in words; people the team does not know appear by their Kennung', async () => {
    vi.spyOn(cases, 'GET').mockImplementation(() => answer(200, { items: entries, total: 3 }));
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <AnnouncerProvider>
          <MemoryRouter>
            <CaseAuditSection />
          </MemoryRouter>
        </AnnouncerProvider>
      </QueryClientProvider>,
    );
    const table = await screen.findByTestId('audit-entries');
    const read = within(table).getByRole('row', { name: /Fall gelesen/ });
    expect(within(read).getByRole('link', { name: 'Nadine Günnewig' })).toBeTruthy();
    expect(within(read).getByText('Fallarbeit KIM')).toBeTruthy();
    const note = within(table).getByRole('row', { name: /Vermerk geschrieben/ });
    expect(within(note).getByText('Kennung f3c1e0aa-0000-4000-8000-000000000001')).toBeTruthy();
    expect(within(note).getByText('für: Jobcenter')).toBeTruthy();
    expect(within(note).getByText('Behördensicht (Einwilligung)')).toBeTruthy();
    const list = within(table).getByRole('row', { name: /2 Fälle einer Liste/ });
    expect(
      within(list)
        .getAllByRole('link', { name: /-/ })
        .map((link) => link.textContent),
    ).toContain(CASE);
    expect(within(table).queryByText(/CASE_READ|NOTE_WRITTEN|AUTHORITY_VIEW|WORKLIST_READ/)).toBeNull();
  });
});
