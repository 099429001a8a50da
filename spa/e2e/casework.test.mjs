// The case manager's working day (issue 19), in real headless Chromium against the suite `./kim up` starts: correcting a
// birth date and a permit (the worklist's flag goes away), a person added and removed, a measure from planned to done,
// a need closed, a case found by a name spelt otherwise, and a note that survives someone else's change. Every screen
// on the way is checked at laptop and phone size, and nothing on it may be for developers only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertGerman, capture, launch, login } from './browser.mjs';
import { api, germanDate, inDays, openCase } from './cases.mjs';

let browser;
const run = Date.now().toString(36);

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function household(page, caseId) {
  await page.goto(`/cases/${caseId}/household`);
  await page.getByRole('heading', { name: 'Haushalt', level: 2 }).waitFor();
}

async function confirmation(page, text) {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

test('a birth date and a permit are corrected in place, and the worklist no longer flags the permit', async () => {
  const { context, page } = await login(browser, 'fm.nord');
  const lastName = 'Haddad-' + run;
  const kase = await openCase(page, { firstName: 'Amira', lastName, birthDate: '1990-04-12', residenceValidUntil: inDays(30) });

  await page.goto('/worklist?q=' + encodeURIComponent(lastName));
  const row = page.getByRole('row').filter({ hasText: lastName });
  await row.getByText('Aufenthalt läuft ab').waitFor();
  await capture(page, 'worklist-search');
  await assertGerman(page, 'worklist');

  await household(page, kase.id);
  await capture(page, 'case-household');
  await page.getByRole('button', { name: `Angaben zu Amira ${lastName} bearbeiten` }).click();
  const person = page.getByRole('form', { name: `Angaben zu Amira ${lastName} bearbeiten` });
  // Checked before sending, in German, at the field.
  await person.getByLabel('Geburtsdatum').fill(inDays(3));
  await person.getByRole('button', { name: 'Angaben speichern' }).click();
  await person.getByText('Das Geburtsdatum muss in der Vergangenheit liegen.').waitFor();
  await capture(page, 'case-household-edit');
  await person.getByLabel('Geburtsdatum').fill('1990-04-21');
  await person.getByRole('button', { name: 'Angaben speichern' }).click();
  await confirmation(page, `Angaben zu Amira ${lastName} gespeichert`);
  await person.waitFor({ state: 'detached' });

  await page.getByRole('button', { name: `Amira ${lastName}: Aufenthalt ändern` }).click();
  const permit = page.getByRole('form', { name: `Aufenthalt von Amira ${lastName} ändern` });
  await permit.getByLabel('Aufenthalt gültig bis').fill(inDays(730));
  await permit.getByRole('button', { name: 'Aufenthalt speichern' }).click();
  await confirmation(page, `Aufenthalt von Amira ${lastName} gültig bis`);
  await assertGerman(page, 'household');

  await page.getByRole('link', { name: 'Verlauf' }).click();
  const history = page.getByTestId('case-history');
  await history.getByText(`Geburtsdatum von Amira ${lastName} geändert: 12.04.1990 → 21.04.1990`).waitFor();
  await history
    .getByText(`Aufenthalt von Amira ${lastName} gültig bis ${germanDate(inDays(730))} (bisher: ${germanDate(inDays(30))})`)
    .waitFor();
  await capture(page, 'case-history');
  await assertGerman(page, 'history');

  await page.goto('/worklist?q=' + encodeURIComponent(lastName));
  await row.waitFor();
  assert.equal(await row.getByText('Aufenthalt läuft ab').count(), 0, 'the permit is no longer flagged');
  await context.close();
});

test('a person joins the household and leaves it again, after a question', async () => {
  const { context, page } = await login(browser, 'fm.nord');
  const lastName = 'Karimi-' + run;
  const kase = await openCase(page, { firstName: 'Leyla', lastName, birthDate: '1988-02-01' });
  await household(page, kase.id);

  await page.getByRole('button', { name: 'Person hinzufügen' }).click();
  const added = page.getByRole('form', { name: 'Person hinzufügen' });
  await added.getByLabel('Vorname').fill('Omid');
  await added.getByLabel('Nachname').fill(lastName);
  await added.getByLabel('Geburtsdatum').fill('2015-06-30');
  await added.getByLabel('Geschlecht').selectOption({ label: 'männlich' });
  await added.getByLabel('Staatsangehörigkeit').selectOption({ label: 'Afghanistan' });
  await added.getByLabel('Sprache 1').selectOption({ label: 'Persisch' });
  await added.getByLabel('Niveau').selectOption({ label: 'Muttersprache' });
  await added.getByRole('button', { name: 'Person hinzufügen' }).click();
  await confirmation(page, `Omid ${lastName} zum Haushalt hinzugefügt`);
  const card = page.getByRole('article', { name: `Omid ${lastName}` });
  await card.getByText('Persisch (Muttersprache)').waitFor();
  await card.getByText('Afghanistan').waitFor();

  await card.getByRole('button', { name: `Omid ${lastName} aus dem Haushalt entfernen` }).click();
  const question = page.getByRole('dialog', { name: `Omid ${lastName} aus dem Haushalt entfernen?` });
  await question.waitFor();
  await capture(page, 'dialog-remove-person');
  await question.getByRole('button', { name: `Omid ${lastName} aus dem Haushalt entfernen` }).click();
  await confirmation(page, `Omid ${lastName} aus dem Haushalt entfernt`);
  await card.waitFor({ state: 'detached' });
  await assertGerman(page, 'household');
  await context.close();
});

test('a need is closed with its reason, and a measure goes from planned to done', async () => {
  const { context, page } = await login(browser, 'fm.nord');
  const lastName = 'Nasser-' + run;
  const kase = await openCase(page, { firstName: 'Samir', lastName, birthDate: '1979-09-09' });

  await page.goto(`/cases/${kase.id}/needs`);
  await page.getByRole('button', { name: 'Bedarf hinzufügen' }).click();
  const need = page.getByRole('form', { name: 'Bedarf hinzufügen' });
  await need.getByLabel('Bedarf', { exact: true }).selectOption({ label: 'Wohnen' });
  await need.getByLabel('Für wen').selectOption({ label: `Samir ${lastName}` });
  await need.getByRole('button', { name: 'Bedarf hinzufügen' }).click();
  await confirmation(page, 'Bedarf „Wohnen“ hinzugefügt');
  await page.getByRole('button', { name: `Bedarf „Wohnen – Samir ${lastName}“ schließen` }).click();
  const closing = page.getByRole('form', { name: `Bedarf „Wohnen – Samir ${lastName}“ schließen` });
  await closing.getByLabel('Grund').selectOption({ label: 'gedeckt' });
  await closing.getByRole('button', { name: 'Schließen' }).click();
  await confirmation(page, 'geschlossen: gedeckt');
  await page.getByText(/geschlossen am .*: gedeckt/).waitFor();
  await capture(page, 'case-needs');
  await assertGerman(page, 'needs');

  await page.getByRole('link', { name: 'Hilfeplan' }).click();
  await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
  const goal = page.getByRole('form', { name: 'Ziel hinzufügen' });
  await goal.getByLabel('Ziel', { exact: true }).fill('Eigene Wohnung finden');
  await goal.getByLabel(/Datenkategorie/).selectOption({ label: 'Finanzen' });
  await goal.getByRole('button', { name: 'Ziel hinzufügen' }).click();
  await confirmation(page, 'Ziel „Eigene Wohnung finden“ aufgenommen');
  await page.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
  const measure = page.getByRole('form', { name: 'Maßnahme hinzufügen' });
  await measure.getByLabel('Maßnahme', { exact: true }).fill('Wohnungsbesichtigung begleiten');
  await measure.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
  await confirmation(page, 'Maßnahme „Wohnungsbesichtigung begleiten“ geplant');
  await page.getByRole('button', { name: 'Maßnahme „Wohnungsbesichtigung begleiten“ beginnen' }).click();
  await confirmation(page, 'Maßnahme „Wohnungsbesichtigung begleiten“: läuft');
  // The steps stay where they are: "Beginnen" is now disabled, "Erledigt" is where it was.
  assert.ok(await page.getByRole('button', { name: 'Maßnahme „Wohnungsbesichtigung begleiten“ beginnen' }).isDisabled());
  await page.getByRole('button', { name: 'Maßnahme „Wohnungsbesichtigung begleiten“ als erledigt eintragen' }).click();
  await confirmation(page, 'Maßnahme „Wohnungsbesichtigung begleiten“: erledigt');
  await capture(page, 'case-plan');
  await assertGerman(page, 'plan');
  await context.close();
});

test('a case is found by a name spelt as it was heard', async () => {
  const { context, page } = await login(browser, 'fm.nord');
  const kase = await openCase(page, { firstName: 'Mohammed', lastName: 'Rahimi-' + run, birthDate: '1984-11-02' });
  await page.goto('/worklist');
  await page.getByLabel('Fall suchen').fill('Muhammad ' + run);
  await page.getByRole('link', { name: new RegExp('Mohammed Rahimi-' + run) }).waitFor();
  await page.getByLabel('Fall suchen').fill('02.11.1984');
  await page.getByRole('link', { name: new RegExp('Mohammed Rahimi-' + run) }).waitFor();
  await capture(page, 'worklist-found');
  await assertGerman(page, 'search');
  await page.getByRole('link', { name: new RegExp('Mohammed Rahimi-' + run) }).click();
  await page.waitForURL(new RegExp(`/cases/${kase.id}`));
  await capture(page, 'case-overview');
  await assertGerman(page, 'case overview');
  await context.close();
});

test('a note typed while someone else changed the case is written all the same, with what they changed', async () => {
  const { context, page } = await login(browser, 'fm.nord');
  const lastName = 'Yilmaz-' + run;
  const kase = await openCase(page, { firstName: 'Elif', lastName, birthDate: '1995-03-03' });
  await page.goto(`/cases/${kase.id}/notes`);
  const note = page.getByRole('form', { name: 'Vermerk schreiben' });
  const text = 'Termin beim Jobcenter am Montag vereinbart ' + run;
  await note.getByLabel('Vermerk', { exact: true }).fill(text);
  await note.getByLabel('Datenkategorie').selectOption({ label: 'Bildung und Arbeit' });

  // Meanwhile a colleague raises the priority (another browser, the same API).
  const colleague = await login(browser, 'fm.nord');
  await api(colleague.page, 'PUT', `/api/cases/${kase.id}`, { ...kase.input, priority: 'HIGH' }, { 'If-Match': `"${kase.version}"` });
  await colleague.context.close();

  await note.getByRole('button', { name: 'Vermerk schreiben' }).click();
  await confirmation(page, 'Vermerk (Bildung und Arbeit) gespeichert');
  await page.getByText(text).waitFor();
  await page.getByText('Priorität geändert: Normal → Hoch').waitFor();
  await capture(page, 'case-notes');
  await assertGerman(page, 'notes');
  await context.close();
});
