import { describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { AnnouncerProvider } from '../../components/Announcer';
import type { CaseState } from '../cases/caseTypes';
import { caseKey } from '../cases/caseData';
import { ReferForm } from './ReferForm';

const post = vi.fn();
vi.mock('../../api/client', async (actual) => {
  const real = await actual<typeof import('../../api/client')>();
  return { ...real, cases: { ...real.cases, POST: (...args: unknown[]) => post(...args) } };
});

const state: CaseState = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  number: 'KIM-NORD-2026-000123',
  members: [
    { id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', firstName: 'Amira', lastName: 'Haddad' },
    { id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', firstName: 'Omar', lastName: 'Haddad' },
  ],
  needs: [
    {
      id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
      kind: 'LANGUAGE_COURSE',
      category: 'EDUCATION_WORK',
      memberId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
    },
    {
      id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
      kind: 'HOUSING',
      category: 'MASTER_DATA',
      memberId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
    },
  ],
};
const offer = { id: 'ffffffff-ffff-4fff-8fff-ffffffffffff', title: 'Nähcafé für Frauen' };

function renderForm() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(caseKey(state.id!), { state, etag: '"7"' });
  render(
    <QueryClientProvider client={queryClient}>
      <AnnouncerProvider>
        <MemoryRouter initialEntries={['/offers?case=' + state.id]}>
          <Routes>
            <Route path="/offers" element={<ReferForm state={state} offer={offer} onCancel={vi.fn()} />} />
            <Route path="/cases/:id/referrals" element={<h2>Zuweisungen des Falls</h2>} />
          </Routes>
        </MemoryRouter>
      </AnnouncerProvider>
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('a referral from the offer search', () => {
  test("offers the chosen person's needs by name, and asks the data category only without a need", async () => {
    const user = renderForm();
    await user.selectOptions(screen.getByLabelText('Person'), 'Amira Haddad');
    const needs = [...(screen.getByLabelText(/^Bedarf/) as HTMLSelectElement).options].map((option) => option.textContent);
    expect(needs).toEqual(['ohne Bedarf', 'Sprachkurs']);
    expect(screen.getByLabelText('Datenkategorie')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText(/^Bedarf/), 'Sprachkurs');
    expect(screen.queryByLabelText('Datenkategorie')).toBeNull();
  });

  test("is sent with the case's version, confirmed, and leads to the case's referrals", async () => {
    post.mockResolvedValue({ data: state, response: new Response(null, { status: 200, headers: { ETag: '"8"' } }) });
    const user = renderForm();
    await user.selectOptions(screen.getByLabelText('Person'), 'Omar Haddad');
    await user.selectOptions(screen.getByLabelText('Datenkategorie'), 'EDUCATION_WORK');
    await user.click(screen.getByRole('button', { name: 'Zuweisen' }));
    expect(await screen.findByRole('heading', { name: 'Zuweisungen des Falls' })).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/cases/{id}/referrals', {
      params: { path: { id: state.id }, header: { 'If-Match': '"7"' } },
      body: { memberId: state.members![1].id, category: 'EDUCATION_WORK', offerId: offer.id },
    });
    expect(screen.getByText('Zugewiesen an „Nähcafé für Frauen“')).toBeTruthy();
  });
});
