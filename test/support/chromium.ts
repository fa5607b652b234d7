// Debian's Chromium, driven by playwright-core (no browser is ever downloaded). Browser suites
// run where /usr/bin/chromium (or CHROMIUM_PATH) exists; elsewhere they are skipped and say so
// once on stderr, except in CI, where a missing Chromium fails the run: it never silently skips.
import { describe, it } from 'vitest';
import { chromiumPath } from './chromium-launch.ts';

export { chromiumPath, launchChromium } from './chromium-launch.ts';

const SKIPPED_NOTICE =
  '[maillage] Chromium not found: the web view’s browser tests were SKIPPED (apt-get install chromium, or set CHROMIUM_PATH).';

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
          `Chromium is required in CI (looked for ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}): .ci/run installs Debian's chromium`,
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
