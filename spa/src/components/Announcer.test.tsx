import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router-dom';
import { AnnouncerProvider, CONFIRMATION_CARRIED, useAnnounce } from './Announcer';

function Saving() {
  const announce = useAnnounce();
  const navigate = useNavigate();
  return (
    <>
      <button onClick={() => announce('Einwilligung für das Jobcenter erteilt')}>Speichern</button>
      <button onClick={() => navigate('/offers')}>Angebote</button>
      <button
        onClick={() => {
          announce('Fall KIM-NORD-2026-000777 angelegt');
          navigate('/cases/1', { state: CONFIRMATION_CARRIED });
        }}
      >
        Fall anlegen
      </button>
    </>
  );
}

function renderApp() {
  render(
    <MemoryRouter initialEntries={['/cases/new']}>
      <AnnouncerProvider>
        <Routes>
          <Route path="/cases/new" element={<Saving />} />
          <Route path="/offers" element={<h1>Angebote</h1>} />
          <Route path="/cases/:id" element={<h1>Fall</h1>} />
        </Routes>
      </AnnouncerProvider>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

describe('the confirmation of a save', () => {
  test('is shown and read out, and stays behind when the person goes to another screen', async () => {
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(screen.getByRole('status').textContent).toBe('Einwilligung für das Jobcenter erteilt');

    await user.click(screen.getByRole('button', { name: 'Angebote' }));
    expect(await screen.findByRole('heading', { name: 'Angebote' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  test('goes along to the screen the save opens', async () => {
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'Fall anlegen' }));
    expect(await screen.findByRole('heading', { name: 'Fall' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Fall KIM-NORD-2026-000777 angelegt');
  });
});
