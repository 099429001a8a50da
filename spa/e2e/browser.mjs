// Helpers for the end-to-end tests: Debian's Chromium driven by playwright-core (no browser download), the login
// through the real Keycloak page, axe-core on every screen, and screenshots for the README.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const gateway = process.env.KIM_GATEWAY_URL ?? 'http://localhost:8080';
const screenshots = process.env.KIM_SCREENSHOT_DIR ?? new URL('../../e2e-tests/target/screenshots/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // Root in a sandbox-less CI container; no calls home (the network is closed and they would only slow us down).
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const cspViolations = new WeakMap();

/** A fresh browser context (own cookies) showing German pages unless asked otherwise. */
export async function visitor(browser, locale = 'de-DE') {
  const context = await browser.newContext({ baseURL: gateway, locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // A blocked inline script or style shows as a console error: our pages must never need the CSP loosened.
  const blocked = [];
  cspViolations.set(page, blocked);
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  return { context, page };
}

/** Logs in through the gateway and the real Keycloak login form; ends on the role's start page. */
export async function login(browser, username, password = 'demo-password') {
  const { context, page } = await visitor(browser);
  await page.goto('/auth/login?next=/start');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  // Back in the app, which then moves on to the role's start page by itself (a history change, no page load).
  await page.waitForURL((url) => url.origin === gateway && !['/start', '/'].includes(url.pathname) && !url.pathname.startsWith('/auth/'), {
    waitUntil: 'commit',
  });
  await page.locator('main h1').first().waitFor();
  return { context, page };
}

/** axe-core on the page as it is: no serious or critical violation allowed; nor anything the CSP blocked. */
export async function assertAccessible(page, screen) {
  assert.deepEqual(cspViolations.get(page) ?? [], [], `content security policy on ${screen}`);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  assert.deepEqual(
    severe.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    ),
    [],
    `accessibility of ${screen}`,
  );
  return results.violations.length;
}

export async function screenshot(page, name) {
  // The first screen's worth, as people see it on arrival (and small enough for the README).
  await page.screenshot({ path: join(screenshots, name + '.png') });
}

/** Reloads until the condition holds: answers from other services arrive as events, a moment later. */
export async function eventually(page, condition, { timeoutMs = 30000, what = 'condition' } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > until) throw new Error('timed out waiting for ' + what);
    await page.waitForTimeout(500);
    await page.reload();
    await page.locator('main h1').first().waitFor();
  }
}
