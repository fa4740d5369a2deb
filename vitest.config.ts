import { createRequire } from "node:module";
import { configDefaults, defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // type-graphql loads graphql's CommonJS entry; one graphql module for everyone.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // Tests in a real browser need Chromium: `npm run test:browser` (run by .ci/run).
    exclude: [...configDefaults.exclude, "tests/browser/**"],
    globalSetup: ["tests/support/global-setup.ts"],
    // The API's JSON log stays quiet inside tests; a test that reads it sets its own.
    setupFiles: ["tests/support/quiet-log.ts"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
