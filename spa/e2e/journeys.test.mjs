// The acceptance journeys of issue 6, in real headless Chromium against the suite `./kim up` starts: a case manager
// creates a case, shares it with the Jobcenter and refers to an offer; the Jobcenter sees exactly the consented case;
// the provider sees the referral but no case; a newcomer finds the Michaelsheim's office hours in Arabic. Every
// screen on the way is checked with axe-core and photographed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertGerman, capture, eventually, launch, login, visitor } from './browser.mjs';

let browser;
const run = Date.now().toString(36);
const shared = { lastName: 'Haddad-' + run };
const unshared = { lastName: 'Karimi-' + run };
let sharedNumber;
let unsharedNumber;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function createCase(page, household) {
  await page.getByRole('link', { name: 'Neuer Fall' }).click();
  await page.getByLabel('Kommune').selectOption({ label: 'Lünen' });
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Vorname').fill('Amira');
  await page.getByLabel('Nachname').fill(household.lastName);
  await page.getByLabel('Geburtsdatum').fill('1990-04-12');
  await page.getByLabel('Geschlecht').selectOption('FEMALE');
  await page.getByLabel('Aufenthaltsstatus').selectOption('RECOGNISED_REFUGEE');
  // Languages are chosen by name, each with its level (a new person starts with one row).
  await page.getByLabel('Sprache 1').selectOption({ label: 'Arabisch' });
  await page.getByLabel('Niveau').selectOption('A1');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByRole('button', { name: 'Fall anlegen' }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
  // The case page is headed by the household's name; the number is in the confirmation "Fall … angelegt".
  const created = await page
    .locator('.announcer')
    .getByText(/^Fall KIM-[A-Z]+-\d{4}-\d{6} angelegt$/)
    .textContent();
  return created
    .replace(/^Fall /, '')
    .replace(/ angelegt$/, '')
    .trim();
}

/** A new case has no authority yet: its authorities part opens with the form for the first one. */
async function addJobcenter(page) {
  await page.getByRole('link', { name: 'Behörden und Einwilligungen' }).click();
  const form = page.getByRole('form', { name: 'Behörde beteiligen' });
  await form.getByLabel('Behörde').selectOption({ label: 'Jobcenter' });
  await form.getByRole('button', { name: 'Behörde beteiligen' }).click();
  await page.getByRole('button', { name: 'Beteiligung Jobcenter beenden' }).waitFor();
}

test('a case manager creates a case, shares it with the Jobcenter and refers to an offer', async () => {
  const { context, page } = await login(browser, 'fm.nord');
  assert.match(new URL(page.url()).pathname, /^\/worklist$/, 'case managers land on their worklist');
  await capture(page, 'worklist');

  await page.getByRole('link', { name: 'Neuer Fall' }).click();
  await capture(page, 'new-case-wizard');
  await page.goBack();

  // First a case the Jobcenter takes part in without consent: long before the shared one reaches its view, so
  // that case's absence there below proves something.
  unsharedNumber = await createCase(page, unshared);
  await addJobcenter(page);
  await page.getByRole('link', { name: 'Arbeitsliste' }).click();

  sharedNumber = await createCase(page, shared);
  assert.match(sharedNumber, /^KIM-NORD-\d{4}-\d{6}$/);
  await capture(page, 'case-overview-new');
  await addJobcenter(page);
  // Then the consent for it opens, the Jobcenter chosen already.
  const consent = page.getByRole('form', { name: 'Einwilligung erfassen' });
  assert.equal(await consent.getByLabel('Empfänger', { exact: true }).inputValue(), 'JOBCENTER');
  // Checked before sending: a consent without any data category says so at the field, in German.
  await consent.getByLabel('Zweck').fill('Vermittlung in Arbeit und Sprachförderung');
  await consent.getByLabel('Fundstelle der schriftlichen Einwilligung').fill('EW-' + run);
  await consent.getByRole('button', { name: 'Einwilligung erfassen' }).click();
  await consent.getByText('Bitte mindestens eine Datenkategorie wählen.').waitFor();
  await capture(page, 'case-consent-form');
  await consent.getByLabel('Bildung und Arbeit').check();
  await consent.getByRole('button', { name: 'Einwilligung erfassen' }).click();
  await page.getByRole('button', { name: 'Einwilligung für Jobcenter widerrufen' }).waitFor();
  await capture(page, 'case-authorities');
  await assertGerman(page, 'authorities');

  await page.getByRole('link', { name: 'Zuweisungen' }).click();
  await page.getByRole('link', { name: 'Angebot suchen und zuweisen' }).click();
  await page.getByLabel('Suche').fill('Nähcafé');
  // The search applies after a pause in typing: the list it brings, not the one before, is where the form opens.
  await page.waitForURL((url) => url.searchParams.get('q') === 'Nähcafé');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.getByRole('button', { name: '„Nähcafé für Frauen“ zuweisen' }).click();
  const refer = page.getByRole('form', { name: 'Zuweisung zu Nähcafé für Frauen' });
  await capture(page, 'offer-search');
  // The referral answers no recorded need, so it says which data category it belongs to (here: the consented one).
  await refer.getByLabel('Datenkategorie').selectOption('EDUCATION_WORK');
  await refer.getByLabel('Hinweis an den Träger').fill('Bitte Rückruf zur Kinderbetreuung ' + run);
  await refer.getByRole('button', { name: 'Zuweisen' }).click();
  // Then the case's referrals, where the provider's answer shows.
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}\/referrals$/, { waitUntil: 'commit' });
  await page.getByRole('status').filter({ hasText: 'Zugewiesen an „Nähcafé für Frauen“' }).waitFor();
  const referrals = page.getByTestId('case-referrals');
  await eventually(page, async () => /angenommen|Warteliste/.test((await referrals.textContent().catch(() => '')) ?? ''), {
    what: "the provider's answer to the referral",
  });
  await capture(page, 'case-detail');

  await page.getByRole('link', { name: 'Übergaben' }).click();
  await capture(page, 'transfers');
  await context.close();
});

test('Jobcenter staff see exactly the consented case, with only the consented category', async () => {
  const { context, page } = await login(browser, 'jc.unna');
  assert.equal(new URL(page.url()).pathname, '/authority');
  const table = page.getByTestId('authority-cases');
  await eventually(page, async () => ((await table.textContent().catch(() => '')) ?? '').includes(sharedNumber), {
    what: 'the shared case in the view',
  });
  assert.ok(unsharedNumber, 'the case without consent was created');
  const listed = (await table.textContent()) ?? '';
  assert.ok(!listed.includes(unsharedNumber), 'a case without consent is not in the view');
  await capture(page, 'authority-view');

  await page.getByRole('link', { name: sharedNumber }).click();
  await page.getByText('Freigegebene Kategorien: Bildung und Arbeit').waitFor();
  const text = (await page.locator('main').textContent()) ?? '';
  assert.ok(!text.includes(shared.lastName), 'no master data (name) without consent for it');
  await capture(page, 'authority-case');
  await assertGerman(page, 'authority case');

  // A note through the view, kept to the Jobcenter; it comes back with the view's next version.
  const noteText = 'Termin zur Arbeitsvermittlung vereinbart ' + run;
  const note = page.getByRole('form', { name: 'Vermerk schreiben' });
  await note.getByLabel('Vermerk', { exact: true }).fill(noteText);
  await note.getByLabel('Datenkategorie').selectOption('EDUCATION_WORK');
  const written = page.waitForResponse((response) => response.url().includes('/notes') && response.request().method() === 'POST');
  await note.getByRole('button', { name: 'Vermerk schreiben' }).click();
  assert.equal((await written).status(), 204, 'the note is written');
  await eventually(page, async () => ((await page.locator('main').textContent()) ?? '').includes(noteText), {
    what: "the Jobcenter's note in its view",
  });
  await context.close();
});

test('provider staff see the referral to their offer, but no case', async () => {
  const { context, page } = await login(browser, 'traeger.caritas');
  assert.equal(new URL(page.url()).pathname, '/provider/referrals');
  const table = page.getByTestId('provider-referrals');
  await table.waitFor();
  const rows = (await table.textContent()) ?? '';
  assert.match(rows, /angenommen|Warteliste/);
  assert.ok(!rows.includes(shared.lastName), 'pseudonymous without a consent naming the provider');
  await capture(page, 'provider-referrals');
  await assertGerman(page, 'provider referrals');

  // The case manager's referral of this run, by its note: the offer is named, and the provider starts it.
  const ours = table.getByRole('row').filter({ hasText: 'Bitte Rückruf zur Kinderbetreuung ' + run });
  await ours.getByText('Nähcafé für Frauen').first().waitFor();
  await ours
    .getByText(/Demo Fallmanagement Nord/)
    .first()
    .waitFor();
  if (!/angenommen/.test((await ours.textContent()) ?? '')) {
    // The course is full: the referral waits, and nothing can be started yet.
    assert.ok(await ours.getByRole('button', { name: /^Begonnen/ }).isDisabled(), 'a waiting referral cannot start');
  } else {
    await ours.getByRole('button', { name: /^Begonnen: Nähcafé für Frauen/ }).click();
    await page.getByRole('status').filter({ hasText: '„Nähcafé für Frauen“: Beginn eingetragen' }).waitFor();
    await ours.getByText('begonnen', { exact: true }).waitFor();
    // The step stays where it was, now done; the next one is where it always is.
    assert.ok(await ours.getByRole('button', { name: /^Begonnen/ }).isDisabled());
    assert.ok(!(await ours.getByRole('button', { name: /^Abgeschlossen/ }).isDisabled()));
  }
  await capture(page, 'provider-referral-started');

  const cases = await page.request.get('/api/cases/worklist', { headers: { 'X-Requested-With': 'JavaScript' } });
  assert.equal(cases.status(), 403, 'the case API refuses providers');
  const docs = await page.request.get('/api-docs/index.json', { headers: { 'X-Requested-With': 'JavaScript' } });
  assert.equal(docs.status(), 403, 'the API documents are for admins');

  // Their own offers: a new draft with a weekly time, found again under its status.
  await page.getByRole('link', { name: 'Unsere Angebote' }).click();
  await page.getByRole('button', { name: 'Neues Angebot' }).click();
  const editor = page.getByRole('form', { name: 'Neues Angebot' });
  const title = 'Sprachcafé ' + run;
  await editor.getByLabel('Titel', { exact: true }).fill(title);
  await editor.getByLabel('Beschreibung', { exact: true }).fill('Deutsch sprechen bei Kaffee und Kuchen');
  await editor.getByLabel('Art des Angebots').selectOption('MEETING_PLACE');
  await editor.getByLabel('Handlungsfeld').selectOption('HF5');
  await editor.getByLabel('Ankommen').check();
  await editor.getByRole('button', { name: 'Termin hinzufügen' }).click();
  await editor.getByLabel('Tag', { exact: true }).selectOption('TUESDAY');
  await editor.getByLabel('Von', { exact: true }).fill('14:00');
  await editor.getByLabel('Bis', { exact: true }).fill('16:00');
  await capture(page, 'provider-offer-editor');
  // Without a place the form says which field is missing, in German, right there.
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await editor.locator('.kern-form-input--error', { hasText: 'Kommune' }).getByText('Bitte eine Kommune wählen.').waitFor();
  await editor.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Lünen' });
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await editor.waitFor({ state: 'detached' });
  await page
    .getByRole('status')
    .filter({ hasText: `Angebot „${title}“ angelegt` })
    .waitFor();
  await page.getByLabel('Status', { exact: true }).selectOption('DRAFT');
  await page.getByTestId('provider-offers').getByText(title, { exact: true }).waitFor();

  await page.goto('/worklist');
  await page.getByText('Diese Seite ist für Ihre Rolle nicht freigegeben.').waitFor();
  await context.close();
});

test('a newcomer finds the Michaelsheim and its office hours in Arabic, right to left', async () => {
  const { context, page } = await visitor(browser, 'ar');
  await page.goto('/?lang=ar');
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  const card = page.getByRole('article', { name: 'Michaelsheim', exact: true });
  await card.waitFor();
  const hours = (await card.locator('.office-hours').textContent()) ?? '';
  for (const day of ['الاثنين', 'الخميس', 'الجمعة']) assert.ok(hours.includes(day), `${day} in ${hours}`);
  assert.ok((await card.textContent()).includes('مواعيد العمل'), 'the heading is Arabic');
  await capture(page, 'public-ar');

  for (const language of ['de', 'en', 'fa']) {
    await page.locator('.language-switch select').selectOption(language);
    await page.locator('html[lang="' + language + '"]').waitFor();
    await capture(page, 'public-' + language);
  }
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', 'Farsi is right to left too');
  await context.close();
});

test('coordinators, analysts, the data-protection officer and admins have their screens', async () => {
  const coordinator = await login(browser, 'ko.nord');
  assert.equal(new URL(coordinator.page.url()).pathname, '/caseload');
  await coordinator.page.getByTestId('caseload').waitFor();
  await capture(coordinator.page, 'caseload');
  await coordinator.page.getByRole('link', { name: 'Angebotslücken' }).click();
  await coordinator.page.locator('.gap-matrix').first().waitFor();
  await capture(coordinator.page, 'gap-matrix');
  await coordinator.page.getByRole('link', { name: 'Regionen' }).click();
  await coordinator.page.getByRole('button', { name: 'Michaelsheim: Öffnungszeiten ändern' }).click();
  await coordinator.page.getByRole('form', { name: 'Öffnungszeiten von Michaelsheim' }).waitFor();
  await capture(coordinator.page, 'regions');
  // A new quarter appears in the list and can be removed again, after saying so.
  const quarterName = 'Quartier ' + run;
  await coordinator.page.getByRole('button', { name: 'Ortsteil oder Sozialraum anlegen' }).click();
  const addQuarter = coordinator.page.getByRole('form', { name: 'Neuer Ortsteil oder Sozialraum' });
  await addQuarter.getByLabel('Kommune').selectOption({ label: 'Lünen' });
  await addQuarter.getByLabel('Name').fill(quarterName);
  await addQuarter.getByRole('button', { name: 'Ortsteil oder Sozialraum anlegen' }).click();
  await coordinator.page.getByRole('button', { name: quarterName + ' entfernen' }).click();
  await coordinator.page.getByRole('dialog').getByRole('button', { name: 'Endgültig entfernen' }).click();
  await coordinator.page.getByRole('button', { name: quarterName + ' entfernen' }).waitFor({ state: 'detached' });
  await coordinator.context.close();

  const dpo = await login(browser, 'dsb');
  assert.equal(new URL(dpo.page.url()).pathname, '/audit');
  await dpo.page.getByTestId('audit-entries').waitFor();
  await capture(dpo.page, 'audit');
  // A person's request for access (Art. 15): everything about them as a file, other household members left out.
  const request = dpo.page.getByRole('region', { name: 'Auskunft nach Art. 15 DSGVO' });
  await request.getByLabel('Vorname').fill('Amira');
  await request.getByLabel('Nachname').fill(shared.lastName);
  await request.getByLabel('Geburtsdatum').fill('1990-04-12');
  const [exportFile] = await Promise.all([
    dpo.page.waitForEvent('download'),
    request.getByRole('button', { name: 'Auskunft erstellen' }).click(),
  ]);
  const exported = JSON.parse(await streamText(await exportFile.createReadStream()));
  assert.ok(exported.cases.length >= 1, 'the shared household is found');
  assert.ok(exported.cases.every((c) => c.data.members.length === 1 && c.data.members[0].firstName === 'Amira'));
  // Her referral, followed from the export into the offer-service's log: the service's decision is recorded there.
  const referralId = exported.cases.flatMap((c) => c.data.referrals ?? []).map((r) => r.id)[0];
  assert.ok(referralId, 'the export names her referral');
  const referralLog = dpo.page.getByRole('region', { name: 'Zugriffe auf Vermittlungen (Angebotsdienst)' });
  await referralLog.getByLabel('Kennung der Vermittlung').fill(referralId);
  await referralLog.getByRole('button', { name: 'Suchen' }).click();
  await referralLog.getByTestId('referral-audit-entries').getByText('Zuweisung vom Angebotsdienst entschieden').first().waitFor();
  await dpo.context.close();

  // The analyst's dashboard: counts of the whole district, small ones suppressed, as charts, tables and CSV.
  const analyst = await login(browser, 'analyst');
  assert.equal(new URL(analyst.page.url()).pathname, '/monitoring');
  const openCases = analyst.page.getByRole('region', { name: 'Offene Fälle nach Gebiet und Phase (heute)' });
  await openCases.locator('table.monitoring-table').waitFor();
  await openCases.getByRole('img', { name: /Diagramm: Offene Fälle/ }).waitFor();
  await analyst.page
    .getByRole('region', { name: 'Teilnahme an Sprachkursen nach Geschlecht und Alter' })
    .locator('table')
    .first()
    .waitFor();
  await analyst.page.getByRole('region', { name: 'Eröffnete und abgeschlossene Fälle je Monat' }).locator('svg').waitFor();
  await capture(analyst.page, 'monitoring');
  const [download] = await Promise.all([
    analyst.page.waitForEvent('download'),
    openCases.getByRole('button', { name: 'Als CSV herunterladen' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'kim-open-cases.csv');
  const csv = await streamText(await download.createReadStream());
  assert.match(csv, /^subregion,row_label,phase,column_label,value,suppressed\r\n/);
  assert.match(csv, /\r\nTOTAL,TOTAL,TOTAL,TOTAL,\d*,(true|false)\r\n$/);
  await analyst.page.getByLabel('Teilregion').selectOption('NORD');
  await analyst.page.getByRole('link', { name: 'Programmbericht für diese Teilregion und diesen Zeitraum' }).click();
  await analyst.page.getByRole('heading', { name: 'Programmbericht KIM' }).waitFor();
  await analyst.page.getByText('Eröffnete Fälle').waitFor();
  await capture(analyst.page, 'programme-report');
  await analyst.context.close();

  const admin = await login(browser, 'admin');
  assert.equal(new URL(admin.page.url()).pathname, '/admin');
  await capture(admin.page, 'admin');
  await admin.page.getByRole('button', { name: 'Monitoring neu zählen' }).click();
  await admin.page.getByText(/^Neu gezählt: [\d.]+ Ereignisse gelesen/).waitFor();
  await admin.page.goto('/api-docs');
  await admin.page.locator('.swagger-ui .info .title').first().waitFor({ timeout: 30000 });
  const documents = await admin.page.locator('.swagger-ui select option').allTextContents();
  assert.deepEqual(documents.sort(), ['case-service', 'offer-service', 'region-service']);
  await capture(admin.page, 'api-docs');
  await admin.context.close();
});

async function streamText(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
