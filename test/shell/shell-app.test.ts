// The shell started by the composition root, as `npm start` starts it when no platform is
// configured: the shell adapter alone, over the root's core, demo seeder and scheduler.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { startApp } from '../../src/main.ts';
import { describeDatabases } from '../support/databases.ts';
import { RecordingLogger } from '../support/fakes.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'maillage-shell-app-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describeDatabases('the shell from the composition root', (database) => {
  async function runApp(lines: readonly string[]) {
    const parsed = parseConfig({ DATA_DIR: dataDir, PORT: '0' });
    if (!parsed.ok) throw new Error(parsed.error.join('; '));
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => {
      printed += String(chunk);
    });
    const app = await startApp({
      config: parsed.value,
      db: database().db,
      secret: 'a-test-secret-that-is-at-least-32-characters-long',
      logger: new RecordingLogger(),
      processId: 'shell-app-test',
      ticker: false,
      terminal: { input, output, interactive: false },
    });
    input.end(`${lines.join('\n')}\n`);
    await app.finished;
    await app.stop();
    return { app, printed };
  }

  it('runs the shell adapter alone when no platform is configured, until its input ends', async () => {
    const { app, printed } = await runApp(['aide']);
    expect(app.adapters.map((a) => a.platform)).toEqual(['shell']);
    expect(printed).toMatch(/^Maillage — les commandes\n/);
  });

  it('enters the demo network through the seeder the root hands the shell', async () => {
    const { printed } = await runApp(['demo', 'qui logement', 'demo sortir']);
    expect(printed).toMatch(/Réseau de démonstration prêt\s: 5 structures, 5 membres, 3 échanges/);
    expect(printed).toContain('Aminata Diallo');
  });
});
