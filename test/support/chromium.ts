// Debian's Chromium, driven by playwright-core (no browser is ever downloaded). Browser suites
// run where /usr/bin/chromium (or CHROMIUM_PATH) exists; elsewhere they are skipped and say so
// once on stderr, except in CI, where a missing Chromium fails the run: it never silently skips.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { describe, it } from 'vitest';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Without the background-networking flags, Chromium keeps trying the (closed) network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SKIPPED_NOTICE =
  '[maillage] Chromium not found: the web view’s browser tests were SKIPPED (apt-get install chromium, or set CHROMIUM_PATH).';

export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
  return existsSync(path) ? path : undefined;
}

/** A headless Chromium with a fresh profile of its own (playwright makes a temporary user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(SKIPPED_NOTICE);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

let announced = false;

/** A suite that needs Chromium: skipped (and said) without it, failed without it in CI. */
export function describeBrowser(name: string, body: () => void): void {
  if (chromiumPath()) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('has Chromium to run in', () => {
        throw new Error(
          `Chromium is required in CI (looked for ${process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM}): .ci/run installs Debian's chromium`,
        );
      });
    });
    return;
  }
  if (!announced) {
    announced = true;
    process.stderr.write(`\n${SKIPPED_NOTICE}\n`);
  }
  describe.skip(name, body);
}
