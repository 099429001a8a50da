// Helpers for the end-to-end tests: Debian's Chromium driven by playwright-core (no browser download), the login
// through the real Keycloak page, axe-core on every screen, and screenshots for the README.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const gateway = process.env.KIM_GATEWAY_URL ?? 'http://localhost:8080';
// The app as the gateway serves it; while developing, Vite's dev server (npm run dev) in front of the same gateway.
const app = process.env.KIM_APP_URL ?? gateway;
/** The two screens every page must work on: an office laptop and a phone. */
export const WIDE = { width: 1366, height: 800 };
export const NARROW = { width: 390, height: 844 };
const screenshots = process.env.KIM_SCREENSHOT_DIR ?? new URL('../../e2e-tests/target/screenshots/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    env: { ...process.env, LANGUAGE: 'de_DE', LANG: 'de_DE.UTF-8' },
    // Root in a sandbox-less CI container; no calls home (the network is closed and they would only slow us down).
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Date inputs in the German form (TT.MM.JJJJ), as the case managers' browsers show them.
      '--lang=de-DE',
    ],
  });
}

const cspViolations = new WeakMap();

/** A fresh browser context (own cookies) showing German pages unless asked otherwise. */
export async function visitor(browser, locale = 'de-DE') {
  const context = await browser.newContext({ baseURL: app, locale, viewport: WIDE });
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
  await page.goto(gateway + '/auth/login?next=/start');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  // Back in the app, which then moves on to the role's start page by itself (a history change, no page load).
  await page.waitForURL((url) => url.origin === gateway && !['/start', '/'].includes(url.pathname) && !url.pathname.startsWith('/auth/'), {
    waitUntil: 'commit',
  });
  if (app !== gateway) await page.goto(app + new URL(page.url()).pathname);
  await page.locator('main h1').first().waitFor();
  return { context, page };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's WCAG 2.1 AA rules on the page's document. axe-core is loaded into a document once and stays for every check
 * of it: the app changes screens without loading a page, and loading axe-core anew for each check (as
 * @axe-core/playwright does, finishing each in a fresh page) took two thirds of the journeys' time. The app has no
 * frames, so the top document is all there is to check.
 */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_21_AA);
}

/** axe-core on the page as it is: no serious or critical violation allowed; nor anything the CSP blocked. */
export async function assertAccessible(page, screen) {
  assert.deepEqual(cspViolations.get(page) ?? [], [], `content security policy on ${screen}`);
  const results = await axe(page);
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

/**
 * Checks a screen as people meet it, at both sizes (laptop and phone): axe-core finds nothing serious or critical, and a
 * screenshot of each is kept (name-1366.png, name-390.png). Ends at the laptop size.
 */
export async function capture(page, name) {
  for (const viewport of [NARROW, WIDE]) {
    await page.setViewportSize(viewport);
    // Let the layout settle (media queries, sticky navigation) and any reload finish (a busy list is dimmed) before
    // looking.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // The screenshot first: when axe-core finds something, it shows what it looked at.
    await page.screenshot({ path: join(screenshots, `${name}-${viewport.width}.png`) });
    await assertAccessible(page, `${name} at ${viewport.width} px`);
  }
}

/**
 * Nothing on a German screen that only a developer can read: no English problem texts of the API, no ids, no field
 * paths or JSON, no codes of sub-regions or systems.
 */
export async function assertGerman(page, screen) {
  // Case numbers (KIM-NORD-2026-000123) are words of the trade and name their sub-region; everything else may not.
  const text = ((await page.locator('body').innerText()) ?? '').replace(/\bKIM-[A-Z]+-\d{4}-\d{6}\b/g, '');
  const found = [
    [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i, 'an id'],
    [/\b[a-zA-Z]+\[\d+\]\.?[a-zA-Z]*/, 'a field path'],
    [/[{}]\s*"\w+"\s*:/, 'JSON'],
    [
      /\b(must be|must not|is required|no such|Invalid request|Precondition failed|Not found|Conflict|wrong type|unknown field)\b/,
      'an English API text',
    ],
    [/\bsystem:[a-z-]+/, 'a system code'],
    [/\b(NORD|SUED|MITTE)\b/, 'a sub-region code'],
  ].filter(([pattern]) => pattern.test(text));
  assert.deepEqual(
    found.map(([pattern, what]) => `${what}: ${text.match(pattern)[0]}`),
    [],
    `developer texts on ${screen}`,
  );
}

/**
 * Counts what a task takes of a person: clicks (also on checkboxes), fields typed into and choices made in lists.
 * Use its methods instead of the locator's so that every step is counted.
 */
export class Effort {
  constructor() {
    this.tasks = new Map();
    this.current = undefined;
  }
  task(name) {
    this.current = name;
    this.tasks.set(name, { clicks: 0, typed: 0, chosen: 0 });
  }
  #count(kind) {
    if (this.current) this.tasks.get(this.current)[kind]++;
  }
  async click(locator) {
    this.#count('clicks');
    await locator.click();
  }
  async check(locator) {
    this.#count('clicks');
    await locator.check();
  }
  async fill(locator, value) {
    this.#count('typed');
    await locator.fill(value);
  }
  async choose(locator, value) {
    this.#count('chosen');
    await locator.selectOption(value);
  }
  done() {
    this.current = undefined;
  }
}
