import { defineConfig } from 'vitest/config';

// Component tests (Testing Library) in jsdom: the form hook, the problem messages, the history in words.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Typing through a whole wizard in jsdom takes seconds on a busy 2-core machine; a stuck test still fails.
    testTimeout: 30_000,
  },
});
