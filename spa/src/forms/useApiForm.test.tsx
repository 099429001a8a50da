import { describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { AnnouncerProvider } from '../components/Announcer';
import { Form } from '../components/form/Form';
import { TextInput } from '../components/form/Inputs';
import { ApiError } from '../api/client';
import { pastDate } from './schemas';
import { useApiForm } from './useApiForm';

const schema = z.object({
  firstName: z
    .string()
    .max(100)
    .regex(/^(?:\S.*)$/),
  birthDate: pastDate.optional(),
});

function PersonForm({ submit }: { submit: (values: z.infer<typeof schema>) => Promise<unknown> }) {
  const api = useApiForm({
    schema,
    defaultValues: { firstName: '', birthDate: '' } as never,
    submit,
    confirmation: (_, values: z.infer<typeof schema>) => `Angaben zu ${values.firstName} gespeichert`,
  });
  return (
    <Form api={api} label="Person" submit="Speichern">
      <TextInput name="firstName" label="Vorname" required />
      <TextInput name="birthDate" label="Geburtsdatum" type="date" />
    </Form>
  );
}

function renderForm(submit: (values: unknown) => Promise<unknown>) {
  render(
    <AnnouncerProvider>
      <PersonForm submit={submit} />
    </AnnouncerProvider>,
  );
  return userEvent.setup();
}

describe('the form hook', () => {
  test('checks before sending what the API would refuse, in German, at the field', async () => {
    const submit = vi.fn();
    const user = renderForm(submit);
    await user.type(screen.getByLabelText('Geburtsdatum', { exact: false }), '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte angeben.')).toBeTruthy();
    expect(screen.getByText('Das Geburtsdatum muss in der Vergangenheit liegen.')).toBeTruthy();
    expect(screen.getByLabelText('Vorname').getAttribute('aria-invalid')).toBe('true');
    expect(submit).not.toHaveBeenCalled();
  });

  test("puts the API's problems at their fields, those without a field in a list with their label, and keeps what was typed", async () => {
    const submit = vi.fn().mockRejectedValue(
      new ApiError(422, {
        type: 'urn:kim:problem:validation',
        title: 'Invalid request',
        status: 422,
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'firstName', rule: 'length', message: 'size must be between 0 and 100', limits: { max: 100 } },
          { field: 'members[0].nationality', rule: 'country-code', message: 'must be an ISO 3166-1 alpha-2 code' },
        ],
      }),
    );
    const user = renderForm(submit);
    await user.type(screen.getByLabelText('Vorname'), 'Amira');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Höchstens 100 Zeichen.')).toBeTruthy();
    expect(screen.getByText('Staatsangehörigkeit: Bitte ein Land aus der Liste wählen.')).toBeTruthy();
    expect((screen.getByLabelText('Vorname') as HTMLInputElement).value).toBe('Amira');
    expect(document.body.textContent).not.toMatch(/members\[|must be|size must/);
  });

  test('confirms a change for eyes and screen readers, then starts afresh', async () => {
    const user = renderForm(vi.fn().mockResolvedValue({}));
    await user.type(screen.getByLabelText('Vorname'), 'Amira');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect((await screen.findByRole('status')).textContent).toBe('Angaben zu Amira gespeichert');
    expect((screen.getByLabelText('Vorname') as HTMLInputElement).value).toBe('');
  });

  test('says what went wrong when the service is away, and offers to try again', async () => {
    const user = renderForm(
      vi
        .fn()
        .mockRejectedValue(new ApiError(503, { type: 'urn:kim:problem:service-unavailable', title: 'Service unavailable', status: 503 })),
    );
    await user.type(screen.getByLabelText('Vorname'), 'Amira');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Der Dienst ist gerade nicht erreichbar. Bitte gleich noch einmal versuchen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
  });
});
