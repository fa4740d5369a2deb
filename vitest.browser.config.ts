import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// `npm run test:browser`: the tests that drive Debian's Chromium (CHROMIUM_PATH to use another).
export default defineConfig({ ...base, test: { ...base.test, include: ["tests/browser/**/*.test.ts"], exclude: configDefaults.exclude } });
