// Logging in and out (issue 21). A login link that points elsewhere (the outside security test's open redirect, issue 21): the browser, which drops a
// TAB and reads //host as another site, logs in through the real Keycloak page and ends in the app, on the gateway's
// own origin; logged in, such a link leads to the start page too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { NARROW, capture, gateway, launch, login, visitor } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const inTheApp = (url) => url.origin === gateway && !url.pathname.startsWith('/auth/');

test('a login link to another site ends in the app, before and after the login', async () => {
  const { context, page } = await visitor(browser);
  await page.goto(gateway + '/auth/login?next=/%09/127.0.0.1:9999/x');
  await page.locator('#username').fill('fm.nord');
  await page.locator('#password').fill('demo-password');
  await page.locator('#kc-login').click();
  await page.waitForURL(inTheApp, { waitUntil: 'commit' });
  await page.locator('main h1').first().waitFor();
  assert.equal(new URL(page.url()).origin, gateway);
  await capture(page, 'login-link-elsewhere');

  for (const next of ['//127.0.0.1:9999/x', '/%5C127.0.0.1:9999', '/%0d%0aSet-Cookie:%20a=b', 'https://127.0.0.1:9999/']) {
    await page.goto(gateway + '/auth/login?next=' + next);
    await page.waitForURL(inTheApp, { waitUntil: 'commit' });
    assert.equal(new URL(page.url()).origin, gateway, next);
    await page.locator('main h1').first().waitFor();
  }
  await context.close();
});

// Logout is a POST with the CSRF token that ends the session at the gateway and at Keycloak: afterwards the app shows
// the public start page, and the next login asks for the password again instead of signing in silently.
test('logging out on a phone ends the session here and at Keycloak', async () => {
  const { context, page } = await login(browser, 'fm.nord');
  await page.setViewportSize(NARROW);
  await page.getByRole('button', { name: 'Menü' }).click();
  await capture(page, 'logout-menu');
  await page.getByRole('button', { name: /^Abmelden/ }).click();
  await page.waitForURL((url) => url.origin === gateway && url.pathname === '/');
  await page.getByRole('button', { name: 'Anmelden' }).waitFor();
  await page.locator('main h1').first().waitFor();
  await capture(page, 'logged-out');
  const session = await page.evaluate(() => fetch('/auth/session').then((answer) => answer.json()));
  assert.equal(session.authenticated, false);

  await page.goto(gateway + '/auth/login?next=/start');
  await page.locator('#password').waitFor();
  assert.ok(!new URL(page.url()).href.includes('id_token'), 'no token in any address the browser sees');
  await context.close();
});
