import { beforeAll, describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cases } from '../../api/client';
import { AnnouncerProvider } from '../../components/Announcer';
import { ConfirmProvider } from '../../components/ConfirmDialog';
import { TransfersPage } from './TransfersPage';

const team = [{ subject: 'fm-sued', displayName: 'Ines Kurz', subregion: 'SUED', role: 'CASE_MANAGER' }];
vi.mock('../../api/reference', () => ({
  useTeam: () => ({
    members: team,
    name: (subject?: string | null, unknown = '–') =>
      subject ? (team.find((member) => member.subject === subject)?.displayName ?? unknown) : '–',
  }),
  useSubregions: () => ({
    subregions: [{ code: 'SUED', name: 'Teilregion Süd' }],
    name: (code?: string | null) => (code === 'SUED' ? 'Teilregion Süd' : (code ?? '–')),
  }),
}));

const incoming = [
  {
    caseId: '11111111-1111-4111-8111-111111111111',
    number: 'KIM-SUED-2026-000123',
    fromSubregion: 'SUED',
    fromCaseManager: 'fm-sued',
    version: 7,
    transfer: { toSubregion: 'NORD', reason: 'Umzug nach Lünen', requestedAt: '2026-12-01T09:30:00Z' },
  },
];
const answer = (status: number, body?: unknown) =>
  Promise.resolve({ data: body, response: new Response(null, { status, headers: { ETag: '"8"' } }) }) as never;

beforeAll(() => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
});

describe('incoming transfers', () => {
  test('names who hands a case over, asks before taking it, sends the version shown and confirms', async () => {
    vi.spyOn(cases, 'GET').mockImplementation(() => answer(200, incoming));
    const post = vi
      .spyOn(cases, 'POST')
      .mockImplementation(() =>
        answer(200, { id: incoming[0].caseId, number: incoming[0].number, members: [{ firstName: 'Leyla', lastName: 'Yilmaz' }] }),
      );
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AnnouncerProvider>
          <ConfirmProvider>
            <MemoryRouter>
              <TransfersPage />
            </MemoryRouter>
          </ConfirmProvider>
        </AnnouncerProvider>
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    const row = await screen.findByRole('row', { name: /KIM-SUED-2026-000123/ });
    expect(within(row).getByText('Ines Kurz · Teilregion Süd')).toBeTruthy();
    expect(within(row).getByText('beliebige Fallmanager*in')).toBeTruthy();

    await user.click(within(row).getByRole('button', { name: 'Fall KIM-SUED-2026-000123 übernehmen' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Fall KIM-SUED-2026-000123 übernehmen?')).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Übernehmen' }));

    expect(await screen.findByText('Fall KIM-SUED-2026-000123 übernommen')).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/cases/{id}/transfer/accept', {
      params: { path: { id: incoming[0].caseId }, header: { 'If-Match': '"7"' } },
    });
    expect(screen.getByText('Keine Übergaben offen.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Leyla Yilmaz, Fall KIM-SUED-2026-000123 öffnen' }).getAttribute('href')).toBe(
      `/cases/${incoming[0].caseId}`,
    );
  });
});
