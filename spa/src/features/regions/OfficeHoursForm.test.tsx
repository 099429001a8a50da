import { describe, expect, test, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnnouncerProvider } from '../../components/Announcer';
import { OfficeHoursForm } from './OfficeHoursForm';

const point = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Michaelsheim',
  municipalityId: '22222222-2222-4222-8222-222222222222',
  address: { street: 'Alsenstraße 13', postalCode: '44536', city: 'Lünen' },
  operators: ['Caritasverband Lünen-Selm-Werne e. V.'],
  languages: ['de'],
  services: ['Beratung'],
  officeHours: [{ day: 'THURSDAY' as const, opens: '10:00:00', closes: '11:30:00' }],
  closures: [],
};

function renderForm(save = vi.fn(async (input: unknown) => ({ ...point, ...(input as object) }))) {
  render(
    <AnnouncerProvider>
      <OfficeHoursForm point={point} save={save} onDone={() => undefined} onCancel={() => undefined} />
    </AnnouncerProvider>,
  );
  return { user: userEvent.setup(), save };
}

describe('the office hours of a contact point', () => {
  test('a second opening is added in place and the whole week saved with the rest of the contact point unchanged', async () => {
    const { user, save } = renderForm();
    const form = screen.getByRole('form', { name: 'Öffnungszeiten von Michaelsheim' });
    await user.click(within(form).getByRole('button', { name: 'Zeit hinzufügen' }));
    const second = within(form).getByRole('group', { name: 'Öffnungszeit 2' });
    await user.selectOptions(within(second).getByLabelText('Tag'), 'MONDAY');
    await user.clear(within(second).getByLabelText('Von'));
    await user.type(within(second).getByLabelText('Von'), '15:00');
    await user.clear(within(second).getByLabelText('Bis'));
    await user.type(within(second).getByLabelText('Bis'), '16:30');
    await user.click(within(form).getByRole('button', { name: 'Öffnungszeiten speichern' }));

    expect(await screen.findByText('Öffnungszeiten von Michaelsheim gespeichert')).toBeTruthy();
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Michaelsheim',
        operators: ['Caritasverband Lünen-Selm-Werne e. V.'],
        officeHours: [
          { day: 'THURSDAY', opens: '10:00', closes: '11:30' },
          { day: 'MONDAY', opens: '15:00', closes: '16:30' },
        ],
      }),
    );
  });

  test('an opening that ends before it begins is not sent, and says why at its field', async () => {
    const { user, save } = renderForm();
    const form = screen.getByRole('form', { name: 'Öffnungszeiten von Michaelsheim' });
    const first = within(form).getByRole('group', { name: 'Öffnungszeit 1' });
    await user.clear(within(first).getByLabelText('Bis'));
    await user.type(within(first).getByLabelText('Bis'), '09:00');
    await user.click(within(form).getByRole('button', { name: 'Öffnungszeiten speichern' }));
    expect(await within(first).findByText('Das Ende muss nach dem Beginn liegen.')).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
  });
});
