// The acceptance journeys of issue 6, in real headless Chromium against the suite `./kim up` starts: a case manager
// creates a case, shares it with the Jobcenter and refers to an offer; the Jobcenter sees exactly the consented case;
// the provider sees the referral but no case; a newcomer finds the Michaelsheim's office hours in Arabic. Every
// screen on the way is checked with axe-core and photographed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, eventually, launch, login, screenshot, visitor } from './browser.mjs';

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
  await page.getByRole('main').getByLabel('Sprache', { exact: true }).fill('ar');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByRole('button', { name: 'Fall anlegen' }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
  const heading = await page.locator('main h1', { hasText: /^Fall KIM-/ }).textContent();
  return heading.replace(/^Fall /, '').trim();
}

async function addJobcenter(page) {
  const form = page.getByRole('form', { name: 'Behörde beteiligen' });
  await form.getByLabel('Behörde').selectOption('JOBCENTER');
  await form.getByRole('button', { name: 'Behörde beteiligen' }).click();
  await page.getByRole('button', { name: 'Beteiligung Jobcenter beenden' }).waitFor();
}

test('a case manager creates a case, shares it with the Jobcenter and refers to an offer', async () => {
  const { context, page } = await login(browser, 'fm.nord');
  assert.match(new URL(page.url()).pathname, /^\/worklist$/, 'case managers land on their worklist');
  await assertAccessible(page, 'worklist');
  await screenshot(page, 'worklist');

  await page.getByRole('link', { name: 'Neuer Fall' }).click();
  await assertAccessible(page, 'new-case wizard');
  await screenshot(page, 'new-case-wizard');
  await page.goBack();

  // First a case the Jobcenter takes part in without consent: long before the shared one reaches its view, so
  // that case's absence there below proves something.
  unsharedNumber = await createCase(page, unshared);
  await addJobcenter(page);
  await page.getByRole('link', { name: 'Arbeitsliste' }).click();

  sharedNumber = await createCase(page, shared);
  assert.match(sharedNumber, /^KIM-NORD-\d{4}-\d{6}$/);
  await addJobcenter(page);
  const consent = page.getByRole('form', { name: 'Einwilligung erfassen' });
  await consent.getByLabel('Empfänger', { exact: true }).selectOption('JOBCENTER');
  await consent.getByLabel('Bildung und Arbeit').check();
  await consent.getByLabel('Zweck').fill('Vermittlung in Arbeit und Sprachförderung');
  await consent.getByLabel('Fundstelle der schriftlichen Einwilligung').fill('EW-' + run);
  await consent.getByRole('button', { name: 'Einwilligung erfassen' }).click();
  await page.getByRole('button', { name: 'Widerrufen' }).waitFor();

  // A problem+json answer shows at the field it concerns: a consent without any data category.
  await consent.getByLabel('Zweck').fill('ohne Kategorie');
  await consent.getByRole('button', { name: 'Einwilligung erfassen' }).click();
  await consent.locator('fieldset', { hasText: 'Datenkategorien' }).locator('.kern-error').waitFor();

  await page.getByRole('link', { name: 'Angebot suchen und zuweisen' }).click();
  await page.getByLabel('Suche').fill('Nähcafé');
  const refer = page.getByRole('form', { name: 'Zuweisung zu Nähcafé für Frauen' });
  await assertAccessible(page, 'offer search');
  await screenshot(page, 'offer-search');
  // The referral answers no recorded need, so it says which data category it belongs to (here: the consented one).
  await refer.getByLabel('Datenkategorie').selectOption('EDUCATION_WORK');
  await refer.getByRole('button', { name: 'Zuweisen' }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}/, { waitUntil: 'commit' });
  const referrals = page.getByTestId('case-referrals');
  await eventually(page, async () => /angenommen|Warteliste/.test((await referrals.textContent().catch(() => '')) ?? ''), {
    what: "the provider's answer to the referral",
  });
  await assertAccessible(page, 'case detail');
  await screenshot(page, 'case-detail');

  await page.getByRole('link', { name: 'Übergaben' }).click();
  await assertAccessible(page, 'transfers');
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
  await assertAccessible(page, 'authority view');
  await screenshot(page, 'authority-view');

  await page.getByRole('link', { name: sharedNumber }).click();
  await page.getByText('Freigegebene Kategorien: Bildung und Arbeit').waitFor();
  const text = (await page.locator('main').textContent()) ?? '';
  assert.ok(!text.includes(shared.lastName), 'no master data (name) without consent for it');
  await assertAccessible(page, 'authority case');

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
  await assertAccessible(page, 'provider referrals');
  await screenshot(page, 'provider-referrals');

  const cases = await page.request.get('/api/cases/worklist', { headers: { 'X-Requested-With': 'JavaScript' } });
  assert.equal(cases.status(), 403, 'the case API refuses providers');
  const docs = await page.request.get('/api-docs/index.json', { headers: { 'X-Requested-With': 'JavaScript' } });
  assert.equal(docs.status(), 403, 'the API documents are for admins');

  // Their own offers: a new draft with a weekly time, found again under its status.
  await page.getByRole('link', { name: 'Unsere Angebote' }).click();
  await page.getByRole('button', { name: 'Neues Angebot' }).click();
  const editor = page.getByRole('form', { name: 'Neues Angebot' });
  const title = 'Sprachcafé ' + run;
  await editor.getByLabel('Titel').fill(title);
  await editor.getByLabel('Beschreibung').fill('Deutsch sprechen bei Kaffee und Kuchen');
  await editor.getByRole('button', { name: 'Termin hinzufügen' }).click();
  await editor.getByLabel('Tag').selectOption('TUESDAY');
  await editor.getByLabel('Von').fill('14:00');
  await editor.getByLabel('Bis').fill('16:00');
  await assertAccessible(page, 'offer editor');
  await screenshot(page, 'provider-offer-editor');
  // Without a place the API says which field is wrong, and the form shows it right there.
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await editor.locator('.kern-form-input--error', { hasText: 'Kommune' }).getByText('no such municipality').waitFor();
  await editor.getByLabel('Kommune').selectOption({ label: 'Lünen' });
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await editor.waitFor({ state: 'detached' });
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
  const card = page.getByRole('article', { name: 'Michaelsheim' });
  await card.waitFor();
  const hours = (await card.locator('.office-hours').textContent()) ?? '';
  for (const day of ['الاثنين', 'الخميس', 'الجمعة']) assert.ok(hours.includes(day), `${day} in ${hours}`);
  assert.ok((await card.textContent()).includes('مواعيد العمل'), 'the heading is Arabic');
  await assertAccessible(page, 'public page (ar)');
  await screenshot(page, 'public-ar');

  for (const language of ['de', 'en', 'fa']) {
    await page.locator('.language-switch select').selectOption(language);
    await page.locator('html[lang="' + language + '"]').waitFor();
    await assertAccessible(page, 'public page (' + language + ')');
  }
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', 'Farsi is right to left too');
  await screenshot(page, 'public-fa');
  await context.close();
});

test('coordinators, analysts, the data-protection officer and admins have their screens', async () => {
  const coordinator = await login(browser, 'ko.nord');
  assert.equal(new URL(coordinator.page.url()).pathname, '/caseload');
  await coordinator.page.getByTestId('caseload').waitFor();
  await assertAccessible(coordinator.page, 'caseload');
  await screenshot(coordinator.page, 'caseload');
  await coordinator.page.getByRole('link', { name: 'Angebotslücken' }).click();
  await coordinator.page.locator('.gap-matrix').first().waitFor();
  await assertAccessible(coordinator.page, 'gap matrix');
  await screenshot(coordinator.page, 'gap-matrix');
  await coordinator.page.getByRole('link', { name: 'Regionen' }).click();
  await coordinator.page.getByLabel('Anlaufstelle', { exact: true }).selectOption({ label: 'Michaelsheim' });
  await coordinator.page.getByRole('form', { name: 'Öffnungszeiten von Michaelsheim' }).waitFor();
  await assertAccessible(coordinator.page, 'regions');
  await screenshot(coordinator.page, 'regions');
  // A new quarter appears in the list and can be removed again.
  const quarterName = 'Quartier ' + run;
  const addQuarter = coordinator.page.getByRole('form', { name: 'Quartier anlegen' });
  await addQuarter.getByLabel('Kommune').selectOption({ label: 'Lünen' });
  await addQuarter.getByLabel('Name').fill(quarterName);
  await addQuarter.getByRole('button', { name: 'Quartier anlegen' }).click();
  await coordinator.page.getByRole('button', { name: quarterName + ' entfernen' }).click();
  await coordinator.page.getByRole('button', { name: quarterName + ' entfernen' }).waitFor({ state: 'detached' });
  await coordinator.context.close();

  const dpo = await login(browser, 'dsb');
  assert.equal(new URL(dpo.page.url()).pathname, '/audit');
  await dpo.page.getByTestId('audit-entries').waitFor();
  await assertAccessible(dpo.page, 'audit');
  await screenshot(dpo.page, 'audit');
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
  await referralLog.getByLabel('Vermittlungs-ID').fill(referralId);
  await referralLog.getByRole('button', { name: 'Suchen' }).click();
  await referralLog.getByTestId('referral-audit-entries').getByText('REFERRAL_DECIDED').waitFor();
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
  await assertAccessible(analyst.page, 'monitoring');
  await screenshot(analyst.page, 'monitoring');
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
  await assertAccessible(analyst.page, 'programme report');
  await screenshot(analyst.page, 'programme-report');
  await analyst.context.close();

  const admin = await login(browser, 'admin');
  assert.equal(new URL(admin.page.url()).pathname, '/admin');
  await assertAccessible(admin.page, 'admin');
  await admin.page.getByRole('button', { name: 'Monitoring neu zählen' }).click();
  await admin.page.getByText(/^Neu gezählt: \d+ Ereignisse gelesen/).waitFor();
  await admin.page.goto('/api-docs');
  await admin.page.locator('.swagger-ui .info .title').first().waitFor({ timeout: 30000 });
  const documents = await admin.page.locator('.swagger-ui select option').allTextContents();
  assert.deepEqual(documents.sort(), ['case-service', 'offer-service', 'region-service']);
  await assertAccessible(admin.page, 'API documents (Swagger UI)');
  await screenshot(admin.page, 'api-docs');
  await admin.context.close();
});

async function streamText(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
