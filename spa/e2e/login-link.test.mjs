// A login link that points elsewhere (the outside security test's open redirect, issue 21): the browser, which drops a
// TAB and reads //host as another site, logs in through the real Keycloak page and ends in the app, on the gateway's
// own origin; logged in, such a link leads to the start page too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gateway, launch, screenshot, visitor } from './browser.mjs';

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
  await screenshot(page, 'login-link-elsewhere');

  for (const next of ['//127.0.0.1:9999/x', '/%5C127.0.0.1:9999', '/%0d%0aSet-Cookie:%20a=b', 'https://127.0.0.1:9999/']) {
    await page.goto(gateway + '/auth/login?next=' + next);
    await page.waitForURL(inTheApp, { waitUntil: 'commit' });
    assert.equal(new URL(page.url()).origin, gateway, next);
    await page.locator('main h1').first().waitFor();
  }
  await context.close();
});
