import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/*.test.ts', 'tests/{engine,build,astro,site,cli,support}/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Builds the default content once for every test of this project (see the file).
          globalSetup: ['tests/support/global-setup.ts'],
          // Site builds and browser runs take seconds, not milliseconds.
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
