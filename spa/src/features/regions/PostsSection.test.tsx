import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { regions } from '../../api/client';
import { AnnouncerProvider } from '../../components/Announcer';
import { ConfirmProvider } from '../../components/ConfirmDialog';
import { PostsSection } from './PostsSection';

const LUENEN = '11111111-1111-4111-8111-111111111111';
const WERNE = '22222222-2222-4222-8222-222222222222';
const municipalities = [
  { id: LUENEN, name: 'Lünen', subregion: 'NORD' },
  { id: WERNE, name: 'Werne', subregion: 'NORD' },
];
const posts = [
  { id: '33333333-3333-4333-8333-333333333333', municipalityId: WERNE, role: 'CASE_MANAGEMENT', fte: 0.5, note: 'Fallmanagement Werne' },
  { id: '44444444-4444-4444-8444-444444444444', municipalityId: LUENEN, role: 'CASE_MANAGEMENT', fte: 2 },
];
const answer = (status: number, body?: unknown) => Promise.resolve({ data: body, response: new Response(null, { status }) }) as never;

function renderSection() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AnnouncerProvider>
        <ConfirmProvider>
          <MemoryRouter>
            <PostsSection subregion="NORD" municipalities={municipalities} />
          </MemoryRouter>
        </ConfirmProvider>
      </AnnouncerProvider>
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

afterEach(() => vi.restoreAllMocks());

describe('the posts of a sub-region', () => {
  test('are counted in full-time posts as people say them, with their sum', async () => {
    vi.spyOn(regions, 'GET').mockImplementation(() => answer(200, { items: posts }));
    renderSection();
    const table = await screen.findByTestId('region-posts');
    const werne = within(table).getByRole('row', { name: /Werne/ });
    expect(within(werne).getByText('0,5 Stellen')).toBeTruthy();
    expect(within(within(table).getByRole('row', { name: /Lünen/ })).getByText('2,0 Stellen')).toBeTruthy();
    expect(screen.getByText('Zusammen 2,5 Stellen')).toBeTruthy();
    expect(screen.queryByText(/VZÄ|0\.5/)).toBeNull();
  });

  test('a new post is sent as a number and confirmed in words; the list takes the answer without reading again', async () => {
    const get = vi.spyOn(regions, 'GET').mockImplementation(() => answer(200, { items: posts }));
    const added = { id: '55555555-5555-4555-8555-555555555555', municipalityId: LUENEN, role: 'COORDINATION', fte: 0.75 };
    const post = vi.spyOn(regions, 'POST').mockImplementation(() => answer(201, added));
    const user = renderSection();
    await screen.findByTestId('region-posts');
    await user.click(screen.getByRole('button', { name: 'Stelle anlegen' }));
    const form = screen.getByRole('form', { name: 'Neue Stelle' });
    await user.selectOptions(within(form).getByLabelText('Kommune'), LUENEN);
    await user.selectOptions(within(form).getByLabelText('Aufgabe'), 'COORDINATION');
    await user.type(within(form).getByLabelText('Umfang in Stellen'), '0.75');
    await user.click(within(form).getByRole('button', { name: 'Stelle anlegen' }));

    expect(await screen.findByText('Stelle in Lünen mit 0,75 Stellen angelegt')).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/regions/posts', { body: { municipalityId: LUENEN, role: 'COORDINATION', fte: 0.75 } });
    expect(screen.getByText('Zusammen 3,25 Stellen')).toBeTruthy();
    expect(get).toHaveBeenCalledTimes(1);
  });
});
