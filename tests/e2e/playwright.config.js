// End-to-end tests against the release build in dist/, in Debian's Chromium (Playwright's own
// browser download is not reachable here).
import { defineConfig } from '@playwright/test';

// The suite's ports are fixed (the partner host page and the embed tests name them). For a
// second run beside the first (a helper checking its own specs while the suite runs), set
// E2E_PORT and E2E_DIST: only the planner is then served, from that folder on that port.
const port = Number(process.env.E2E_PORT || 8090);
const dist = process.env.E2E_DIST || 'dist';
const alone = port !== 8090;

export default defineConfig({
  testDir: '.',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    // The release build, with the headers a deployment sends (strict CSP included), so every
    // test also checks that nothing violates the policy (a violation is a console error).
    {
      command: `node tests/e2e/serve.mjs ${dist} ${port} / --headers`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      cwd: '../..',
    },
    ...(alone ? [] : [
    // A partner's page on another origin, embedding the planner.
    {
      command: 'node tests/e2e/serve.mjs tests/e2e/host 8092',
      url: 'http://127.0.0.1:8092/',
      reuseExistingServer: false,
      cwd: '../..',
    },
    // The same app built with --public-url /planner/ (make e2e builds it), hosted under it.
    {
      command: 'node tests/e2e/serve.mjs target/dist-planner 8093 /planner/ --headers',
      url: 'http://127.0.0.1:8093/planner/',
      reuseExistingServer: false,
      cwd: '../..',
    },
    ]),
  ],
});
