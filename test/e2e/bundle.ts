// What `npm start` runs, for the e2e tests: db/build.ts bundles src/main.ts and copies the
// migrations, here into a folder of dist/ of this test file's own (test files run in parallel,
// and a developer's dist/ stays theirs), removed when the file's tests end. Inside the
// repository, like dist/ itself, so that the bundle resolves node_modules the same way.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle, DIST, NODE_OPTIONS } from '../../db/build.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface TestBundle {
  /** node's arguments, as in package.json's `start`: `--enable-source-maps …/main.js`. */
  args: string[];
  remove(): void;
}

export async function buildTestBundle(): Promise<TestBundle> {
  mkdirSync(DIST, { recursive: true });
  const dir = mkdtempSync(join(DIST, 'test-'));
  try {
    const { entry } = await buildBundle(dir);
    return { args: [...NODE_OPTIONS, entry], remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
