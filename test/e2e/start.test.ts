// `npm start` as a newcomer runs it: the bundle it builds (db/build.ts), run by node in a
// child process, on an empty data directory, with piped input; and once through npm itself.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../src/core/digest/map/rasterise.ts';
import { migratedDataDir } from '../support/data-dir-template.ts';
import { buildTestBundle, ROOT, type TestBundle } from './bundle.ts';

let bundle: TestBundle;
beforeAll(async () => {
  bundle = await buildTestBundle();
});
afterAll(() => bundle?.remove());

function start(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, bundle.args, {
    cwd: ROOT,
    // A clean environment: only what the bot needs, so no developer setting leaks in.
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

function collect(child: ChildProcess) {
  const out = { stdout: '', stderr: '' };
  child.stdout?.on('data', (c) => {
    out.stdout += String(c);
  });
  child.stderr?.on('data', (c) => {
    out.stderr += String(c);
  });
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { out, exit };
}

const untilReady = (out: { stderr: string }) =>
  new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (out.stderr.includes('"msg":"ready"')) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > 40_000) {
        clearInterval(timer);
        reject(new Error(`not ready: ${out.stderr}`));
      }
    }, 50);
  });

describe('npm start', () => {
  it('prints the French help for piped `aide` on an empty data directory and exits 0', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'maillage-start-')), 'data');
    const child = start({ DATA_DIR: dataDir });
    const { out, exit } = collect(child);
    child.stdin?.end('aide\n');
    expect(await exit).toBe(0);
    expect(out.stdout).toMatch(/^Maillage — les commandes\n/);
    expect(out.stdout).toContain('config');
    // Logs are JSON lines on standard error, never on standard output.
    const logs = out.stderr.split('\n').filter((l) => l.startsWith('{'));
    expect(logs.map((l) => JSON.parse(l).msg)).toContain('ready');
  }, 60_000);

  it('refuses a second process on the same data directory while the first runs', async () => {
    const dataDir = migratedDataDir('maillage-lock-');
    const first = start({ DATA_DIR: dataDir });
    const firstRun = collect(first);
    await untilReady(firstRun.out);

    const second = start({ DATA_DIR: dataDir });
    const secondRun = collect(second);
    second.stdin?.end('aide\n');
    expect(await secondRun.exit).toBe(1);
    expect(secondRun.out.stderr).toContain(
      `The data directory ${dataDir} is already in use by another Maillage process`,
    );
    expect(secondRun.out.stdout).toBe('');

    first.stdin?.end('config\n');
    expect(await firstRun.exit).toBe(0);
    expect(firstRun.out.stdout).toContain('Réglages du réseau');
  }, 90_000);

  it('runs a scripted session with the README syntax: organisations, profiles, exchange, glossary, directory, goal', async () => {
    const dataDir = migratedDataDir('maillage-script-');
    const child = start({ DATA_DIR: dataDir });
    const { out, exit } = collect(child);
    const script = [
      'as "Marie Curie"',
      'profil structure "Mission locale de Cergy" type ML',
      'profil metier "Conseillère en insertion"',
      'profil thematiques logement',
      'as "Jean Dupont"',
      'profil structure "Club de prévention Les Linandes" type PREVENTION',
      'profil metier "Éducateur spécialisé"',
      'but nouveau "Aucun jeune sans solution"',
      'echange appel @Marie #logement but 1 note "orientation vers le logement jeunes"',
      'echange liste',
      'sigle CCAS',
      'sigle PRE',
      'qui logement',
      'but 1',
    ];
    child.stdin?.end(`${script.join('\n')}\n`);
    expect(await exit).toBe(0);
    const text = out.stdout;
    expect(text).toContain('La structure «\u00a0Mission locale de Cergy\u00a0» (ML) est créée');
    expect(text).toContain(
      'La structure «\u00a0Club de prévention Les Linandes\u00a0» (PREVENTION) est créée',
    );
    expect(text).toMatch(
      /Échange n°\u00a01 noté\u00a0: Appel avec Marie Curie — Logement et hébergement — .* — but 1/,
    );
    expect(text).toContain('(message privé à Marie Curie)');
    expect(text).toContain('Vos échanges récents');
    expect(text).toMatch(/CCAS.*[Cc]entre communal d’action sociale/);
    expect(text).toMatch(/PRE.*[Rr]éussite [éÉ]ducative/);
    expect(text).toMatch(/Membres pour «\u00a0logement\u00a0» \(1\)\n• Marie Curie/);
    expect(text).toMatch(
      /But n°\u00a01 — Aucun jeune sans solution[\s\S]*Appel — Jean Dupont avec Marie Curie/,
    );
    expect(text).not.toMatch(/orientation vers le logement jeunes[\s\S]*But n°/);
    expect(out.stderr).not.toContain('orientation vers le logement');
  }, 60_000);

  it('runs a café coopération round on the demo network and prints the introductions', async () => {
    const dataDir = migratedDataDir('maillage-cafe-');
    const child = start({ DATA_DIR: dataDir });
    const { out, exit } = collect(child);
    child.stdin?.end(`${['demo', 'cafe', 'cafe lancer', 'as "Samia Benali"', 'cafe'].join('\n')}\n`);
    expect(await exit).toBe(0);
    const text = out.stdout.replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('Inscrits : 5');
    expect(text).toContain('Un tour du café coopération est lancé');
    // Five people: one pair and one trio, each person introduced privately to the others.
    expect(text).toContain('2 rencontres proposées (5 personnes)');
    for (const name of ['Samia Benali', 'Thomas Leroy', 'Aminata Diallo', 'Julien Martin', 'Claire Dubois'])
      expect(text).toContain(`(message privé à ${name})`);
    expect(text.match(/☕ Café coopération\n/g)).toHaveLength(5);
    expect(text).toMatch(/je vous présente|vous réunit/);
    expect(text).toMatch(/Pour lancer la conversation/);
    expect(text).toMatch(/Binôme n° [12]\./);
    expect(text).toContain('Vous : inscrit·e');
  }, 60_000);

  it('through npm: builds dist/, reads piped input, and SIGTERM sent to npm stops the bot cleanly', async () => {
    const home = mkdtempSync(join(tmpdir(), 'maillage-npm-'));
    const dataDir = join(home, 'data');
    const npmStart = () =>
      spawn('npm', ['start'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: home, DATA_DIR: dataDir },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    const before = Date.now();
    const piped = npmStart();
    const pipedRun = collect(piped);
    piped.stdin?.end('aide\n');
    expect(await pipedRun.exit).toBe(0);
    expect(pipedRun.out.stdout).toContain('Maillage — les commandes\n');
    // Built by this start, not left by an earlier one.
    expect(statSync(join(ROOT, 'dist', 'main.js')).mtimeMs).toBeGreaterThanOrEqual(before - 1000);

    // Input left open: the bot waits for lines until a supervisor stops npm.
    const served = npmStart();
    const servedRun = collect(served);
    await untilReady(servedRun.out);
    const lock = join(dataDir, 'maillage.lock');
    const botPid = Number(readFileSync(lock, 'utf8'));
    expect(botPid).not.toBe(served.pid);
    served.kill('SIGTERM');
    // The bot's own exit code for SIGTERM, passed on by npm; the bot closed the database.
    expect(await servedRun.exit).toBe(143);
    expect(existsSync(lock)).toBe(false);
    expect(() => process.kill(botPid, 0)).toThrow();
  }, 90_000);

  it('stops with one line per configuration problem and a non-zero exit', async () => {
    const child = start({ PORT: 'abc', MAILLAGE_LOCALE: 'de' });
    const { out, exit } = collect(child);
    child.stdin?.end();
    expect(await exit).toBe(2);
    expect(out.stderr).toContain('Maillage: invalid configuration:');
    expect(out.stderr).toContain('  - PORT must be a port number');
    expect(out.stderr).toContain('  - MAILLAGE_LOCALE must be fr or en');
    expect(out.stderr).not.toMatch(/ZodError|at .*\.ts/);
  }, 30_000);

  it('copies the map’s fonts beside the bundle, where the renderer finds them when bundled', async () => {
    const dir = dirname(bundle.args.at(-1) as string);
    for (const font of FONT_FILES)
      expect(readFileSync(join(dir, 'fonts', basename(font)))).toEqual(readFileSync(font));
    expect(existsSync(join(dir, 'fonts', 'LICENSE-DejaVu.txt'))).toBe(true);
    // src/main.ts does not draw maps yet: bundle the renderer the same way, beside main.js, and
    // draw text with it from there (it refuses, MAP_FONT_MISSING, when the fonts are not found).
    await build({
      entryPoints: [join(ROOT, 'src', 'core', 'digest', 'map', 'rasterise.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: join(dir, 'map-probe.js'),
      logLevel: 'warning',
    });
    const probe = `const { rasterise } = await import(${JSON.stringify(pathToFileURL(join(dir, 'map-probe.js')).href)});
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><text x="2" y="15">Abc</text></svg>';
      process.stdout.write(String(rasterise(svg).length));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(Number(run.stdout)).toBeGreaterThan(100);
  }, 30_000);
});
