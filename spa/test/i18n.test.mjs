// The translations are complete: every key the screens use exists in German and English, both files have the same
// keys, and Arabic and Farsi cover everything on the public pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const locale = (code) => JSON.parse(readFileSync(join(root, 'src/i18n', code + '.json'), 'utf8'));

function keys(tree, prefix = '') {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' ? keys(value, prefix + key + '.') : [prefix + key]));
}

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

/** Literal keys passed to t('…') in the sources (keys built at run time are checked by their enum tests). */
function usedKeys() {
  const used = new Set();
  for (const source of sources(join(root, 'src'))) {
    for (const match of source.matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)) used.add(match[1]);
  }
  return used;
}

test('German and English have the same keys', () => {
  assert.deepEqual(keys(locale('en')).sort(), keys(locale('de')).sort());
});

test('every key used by a screen is translated', () => {
  const german = new Set(keys(locale('de')));
  // A key with a count is translated by its plural forms (key_one, key_other).
  const missing = [...usedKeys()].filter((key) => !german.has(key) && !german.has(key + '_other'));
  assert.deepEqual(missing, []);
});

test('Arabic and Farsi cover the public pages', () => {
  const publicKeys = keys(locale('de')).filter((key) => key.startsWith('public.') || key.startsWith('enum.OfferCategory.'));
  for (const code of ['ar', 'fa']) {
    const translated = new Set(keys(locale(code)));
    assert.deepEqual(
      publicKeys.filter((key) => !translated.has(key)),
      [],
      code,
    );
  }
});

test('no translation is empty', () => {
  for (const code of ['de', 'en', 'ar', 'fa']) {
    const tree = locale(code);
    for (const key of keys(tree)) {
      const value = key.split('.').reduce((node, part) => node[part], tree);
      assert.ok(typeof value === 'string' && value.trim().length > 0, `${code}: ${key}`);
    }
  }
});
