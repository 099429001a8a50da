// Cases for the browser journeys, made through the gateway's API with the browser's own session (cookie and CSRF
// token), so that a journey starts where its task starts instead of repeating the new-case wizard each time.
import assert from 'node:assert/strict';

/** A day relative to today in Germany, as the API writes dates (YYYY-MM-DD). */
export function inDays(days) {
  const day = new Date(Date.now() + days * 86_400_000);
  return day.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

/** A date as a German screen shows it: 2027-03-31 → 31.03.2027. */
export function germanDate(iso) {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

/** Calls the API as the page's user; writes carry the CSRF token of the session, as the app sends it. */
export async function api(page, method, path, body, headers = {}) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kim_csrf')?.value;
  const response = await page.request.fetch(path, {
    method,
    headers: { 'X-Requested-With': 'JavaScript', 'X-CSRF-Token': csrf ?? '', 'Content-Type': 'application/json', ...headers },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return response;
}

/** Opens a case of one person in Lünen (Teilregion Nord); its id, version and input for changes. */
export async function openCase(page, person) {
  const municipalities = await (await api(page, 'GET', '/api/cases/reference/municipalities')).json();
  const luenen = municipalities.find((municipality) => municipality.name === 'Lünen');
  const input = {
    municipalityId: luenen.id,
    members: [
      {
        gender: 'FEMALE',
        nationality: 'SY',
        residenceStatus: 'RECOGNISED_REFUGEE',
        languages: [{ code: 'ar', level: 'native' }],
        ...person,
      },
    ],
  };
  const created = await api(page, 'POST', '/api/cases', input);
  const state = await created.json();
  return {
    id: state.id,
    number: state.number,
    version: Number(created.headers().etag.replaceAll('"', '')),
    input: { ...input, members: state.members.map((member) => ({ ...member })) },
  };
}
