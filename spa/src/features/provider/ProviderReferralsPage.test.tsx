import { beforeAll, describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { AnnouncerProvider } from '../../components/Announcer';
import { ConfirmProvider } from '../../components/ConfirmDialog';
import { ProviderReferralsPage } from './ProviderReferralsPage';
import type { InboxReferral } from './referrals/useInbox';

const referredBy = { name: 'Fatma Yilmaz', phone: '+49 2306 100-211', email: 'f.yilmaz@kim-demo.invalid' };
const referrals: InboxReferral[] = [
  {
    referralId: '11111111-1111-4111-8111-111111111111',
    offerTitle: 'Nähcafé für Frauen',
    requestedAt: '2026-11-02T09:00:00Z',
    ageYears: 34,
    gender: 'FEMALE',
    status: 'ACCEPTED',
    answerDueBy: '2026-12-02T09:00:00Z',
    answerOverdue: true,
    referredBy,
  },
  {
    referralId: '22222222-2222-4222-8222-222222222222',
    offerTitle: 'Sprachcafé',
    requestedAt: '2026-11-20T09:00:00Z',
    ageYears: 51,
    gender: 'MALE',
    contactName: 'Omar Haddad',
    status: 'STARTED',
    referredBy,
  },
  {
    referralId: '33333333-3333-4333-8333-333333333333',
    offerTitle: 'Sprachcafé',
    requestedAt: '2026-11-25T09:00:00Z',
    status: 'WAITLISTED',
    waitlistPosition: 2,
  },
];

const take = vi.fn();
vi.mock('./referrals/useInbox', async (actual) => ({
  ...(await actual<typeof import('./referrals/useInbox')>()),
  useInbox: () => ({
    loaded: { data: { items: referrals, total: referrals.length }, isPending: false, isFetching: false, error: null, refetch: vi.fn() },
    status: '',
    page: 0,
    paged: false,
    setStatus: vi.fn(),
    setPage: vi.fn(),
    take,
  }),
}));

beforeAll(() => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
});

function renderPage() {
  render(
    <MemoryRouter>
      <AnnouncerProvider>
        <ConfirmProvider>
          <ProviderReferralsPage />
        </ConfirmProvider>
      </AnnouncerProvider>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

const rowOf = (text: string) => screen.getAllByRole('row').find((row) => row.textContent?.includes(text))!;
const steps = (row: HTMLElement) =>
  within(row)
    .getAllByRole('button')
    .map((button) => [button.textContent, (button as HTMLButtonElement).disabled]);

describe("the provider's inbox", () => {
  test('says by when an answer is due only while it is, and marks it overdue', () => {
    renderPage();
    const accepted = rowOf('34 Jahre');
    expect(within(accepted).getByText(/Antwort fällig bis/)).toBeTruthy();
    expect(within(accepted).getByText('überfällig')).toBeTruthy();
    expect(rowOf('Omar Haddad').textContent).not.toMatch(/Antwort fällig/);
    expect(rowOf('(Platz 2)').textContent).not.toMatch(/Antwort fällig/);
  });

  test('keeps the next steps in fixed places, the inapplicable ones disabled', () => {
    renderPage();
    expect(steps(rowOf('34 Jahre'))).toEqual([
      ['Begonnen', false],
      ['Abgeschlossen', true],
      ['Abgebrochen', false],
    ]);
    expect(steps(rowOf('Omar Haddad'))).toEqual([
      ['Begonnen', true],
      ['Abgeschlossen', false],
      ['Abgebrochen', false],
    ]);
    expect(steps(rowOf('(Platz 2)'))).toEqual([
      ['Begonnen', true],
      ['Abgeschlossen', true],
      ['Abgebrochen', false],
    ]);
  });

  test('names the person only with consent, and how to reach whoever referred', () => {
    renderPage();
    expect(rowOf('34 Jahre').textContent).toContain('ohne Namen (pseudonym)');
    const row = rowOf('Omar Haddad');
    expect(within(row).getByRole('link', { name: referredBy.phone }).getAttribute('href')).toBe('tel:+492306100211');
    expect(within(row).getByRole('link', { name: referredBy.email }).getAttribute('href')).toBe(`mailto:${referredBy.email}`);
    expect(row.textContent).toContain('Fatma Yilmaz');
  });

  test('asks before a drop-out, which cannot be undone', async () => {
    take.mockResolvedValue({ answer: { ...referrals[2], status: 'DROPPED_OUT', waitlistPosition: undefined }, listed: false });
    const user = renderPage();
    await user.click(within(rowOf('(Platz 2)')).getByRole('button', { name: /^Abgebrochen/ }));
    expect(screen.getByRole('heading', { name: 'Abbruch bei „Sprachcafé“ eintragen?' })).toBeTruthy();
    expect(take).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Abbruch eintragen' }));
    expect(take).toHaveBeenCalledWith(referrals[2].referralId, 'drop-out');
    expect(await screen.findByText('„Sprachcafé“: Abbruch eingetragen')).toBeTruthy();
  });

  test('records nothing when the question is cancelled', async () => {
    take.mockClear();
    const user = renderPage();
    await user.click(within(rowOf('34 Jahre')).getByRole('button', { name: /^Abgebrochen/ }));
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(take).not.toHaveBeenCalled();
  });
});
