// Lint rules of the app, run by `npm test` (and so by the build): TypeScript's recommended rules, the rules of hooks,
// and accessibility checks of JSX (jsx-a11y) beside the axe-core checks of the browser tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['target/**', 'node_modules/**', 'src/api/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Labels get their control through htmlFor/id pairs made with useId, which the rule cannot follow.
      'jsx-a11y/label-has-associated-control': 'off',
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    files: ['e2e/**/*.mjs', 'test/**/*.mjs', 'scripts/**/*.mjs', '*.config.{js,ts}'],
    // Browser tests also hand functions to the page (page.evaluate), which run with the browser's globals.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
