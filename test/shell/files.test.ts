// A private file (`mes-donnees`) in the shell: written under DATA_DIR/exports (directory
// 0700, file 0600), its absolute path printed, never over an earlier export nor outside the
// directory, and a plain sentence when it cannot be written. A core wrapped around the real
// one answers a test command with a file; the real `mes-donnees` runs too, in process and
// through `npm start` (the DATA_DIR wiring in src/main.ts).
import { spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { safeFileName } from '../../adapters/shell/save-file.ts';
import { runShell } from '../../adapters/shell/shell.ts';
import type { Core, IncomingCommand } from '../../src/core/core.ts';
import { type PrivateFile, privateMessage, text } from '../../src/core/message.ts';
import { migratedDataDir } from '../support/data-dir-template.ts';
import { describeDatabases } from '../support/databases.ts';
import { type ShellServices, testShell } from '../support/fakes.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = '{\n  "profil": { "territoire": "Cergy – Préfecture" }\n}\n';
let file: PrivateFile = {
  name: 'maillage-mes-donnees-2026-11-20.json',
  mimeType: 'application/json',
  content: CONTENT,
};

/** The real core, except for `fichier-test`: a private message with `file`. */
function withTestFile(core: Core): Core {
  return {
    ...core,
    async handle(request: IncomingCommand) {
      if (request.text !== 'fichier-test') return core.handle(request);
      const { locale } = await core.enter(request);
      return {
        locale,
        messages: [{ ...privateMessage(text('Voici vos données.')), file }],
        notifications: [],
        failed: false,
      };
    },
  };
}

async function runLines(shell: ShellServices, lines: string[], dataDir: string | undefined): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => {
    printed += String(chunk);
  });
  const done = runShell({
    ...shell,
    input,
    output,
    interactive: false,
    localName: 'Camille',
    ...(dataDir ? { dataDir } : {}),
  });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return printed.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'");
}

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'maillage-files-')), 'data');
const mode = (path: string) => statSync(path).mode & 0o777;
const savedPaths = (out: string) =>
  [...out.matchAll(/Fichier enregistré \(.*\) : (.+)$/gm)].map((m) => m[1] ?? '');

describe('file names in the shell', () => {
  it.each([
    ['maillage-mes-donnees-2026-11-20.json', 'maillage-mes-donnees-2026-11-20.json'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\evil.json', 'evil.json'],
    ['.cachée.json', 'cachée.json'],
    ['a b/c d.json', 'c-d.json'],
    ['', 'export.json'],
    ['..', 'export.json'],
  ])('keeps %j as %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });
});

describeDatabases('shell private files', (database) => {
  let shell: ShellServices;
  beforeAll(() => {
    const { core, demo } = testShell(database().db);
    shell = { core: withTestFile(core), demo };
  });

  it('writes the file under DATA_DIR/exports, 0700 and 0600, and prints its absolute path', async () => {
    const dataDir = freshDir();
    const out = await runLines(shell, ['fichier-test'], dataDir);
    expect(out).toContain('Voici vos données.');
    const [path] = savedPaths(out);
    expect(path && isAbsolute(path)).toBe(true);
    expect(path).toBe(join(dataDir, 'exports', 'maillage-mes-donnees-2026-11-20.json'));
    expect(readFileSync(path ?? '', 'utf8')).toBe(CONTENT);
    expect(mode(path ?? '')).toBe(0o600);
    expect(mode(join(dataDir, 'exports'))).toBe(0o700);
    // The content is in the file, not on the screen.
    expect(out).not.toContain('Préfecture');
  });

  it('never writes over an earlier export, and closes an exports directory left open', async () => {
    const dataDir = freshDir();
    mkdirSync(join(dataDir, 'exports'), { recursive: true, mode: 0o755 });
    chmodSync(join(dataDir, 'exports'), 0o755);
    const out = await runLines(shell, ['fichier-test', 'fichier-test', 'fichier-test'], dataDir);
    expect(savedPaths(out).map((p) => p.slice(dirname(p).length + 1))).toEqual([
      'maillage-mes-donnees-2026-11-20.json',
      'maillage-mes-donnees-2026-11-20-2.json',
      'maillage-mes-donnees-2026-11-20-3.json',
    ]);
    expect(readdirSync(join(dataDir, 'exports'))).toHaveLength(3);
    expect(mode(join(dataDir, 'exports'))).toBe(0o700);
  });

  it('keeps a file named with a path inside the exports directory', async () => {
    const dataDir = freshDir();
    file = { ...file, name: '../../../escape.json' };
    try {
      const out = await runLines(shell, ['fichier-test'], dataDir);
      expect(savedPaths(out)).toEqual([join(dataDir, 'exports', 'escape.json')]);
      expect(readdirSync(dirname(dataDir))).toEqual(['data']);
    } finally {
      file = { ...file, name: 'maillage-mes-donnees-2026-11-20.json' };
    }
  });

  it('says plainly when the file cannot be written, and goes on with the next line', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'maillage-files-'));
    const dataDir = join(parent, 'data');
    // DATA_DIR is a file: no directory can be made in it.
    writeFileSync(dataDir, 'not a directory');
    const out = await runLines(shell, ['fichier-test', 'aide'], dataDir);
    expect(out).toMatch(
      /Le fichier n'a pas pu être enregistré dans .*exports \((ENOTDIR|EEXIST)\) : vérifiez/,
    );
    expect(out).not.toMatch(/at .*\.(ts|js):\d+|Error:/);
    expect(out).toContain('Maillage — les commandes');
  });

  it('says the file was not saved when the shell has no data directory', async () => {
    const out = await runLines(shell, ['fichier-test'], undefined);
    expect(out).toContain("Ce shell n'a pas de dossier de données : le fichier n'a pas été enregistré.");
  });

  it('writes the real `diagnostic export` workbook and CSVs under DATA_DIR/exports, 0600 each', async () => {
    const dataDir = freshDir();
    const out = await runLines(
      shell,
      ['profil structure "Collège Les Explorateurs"', 'diagnostic export'],
      dataDir,
    );
    const paths = savedPaths(out);
    expect(
      paths.map((p) => p.replace(/^.*\/exports\/diagnostic-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}/, '')),
    ).toEqual(['.xlsx', '-echanges.csv', '-nouveaux-liens.csv', '-mesures.csv', '-buts.csv', '-cafe.csv']);
    for (const path of paths) expect(mode(path)).toBe(0o600);
    expect(
      readFileSync(paths[0] ?? '')
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    expect(readFileSync(paths[3] ?? '', 'utf8')).toMatch(/^\uFEFFMois;Organisations;Organisations reliées;/);
  });

  it('writes the real `mes-donnees` export as JSON', async () => {
    const dataDir = freshDir();
    const out = await runLines(shell, ['profil metier "Médiatrice sociale"', 'mes-donnees'], dataDir);
    const [path] = savedPaths(out);
    const exported = JSON.parse(readFileSync(path ?? '', 'utf8')) as { format: string };
    expect(exported.format).toMatch(/^maillage-my-data\//);
    expect(JSON.stringify(exported)).toContain('Médiatrice sociale');
    expect(mode(path ?? '')).toBe(0o600);
  });
});

describe('npm start with DATA_DIR', () => {
  it('writes `mes-donnees` under DATA_DIR/exports and prints where', async () => {
    const dataDir = migratedDataDir('maillage-files-');
    const child = spawn(
      process.execPath,
      [createRequire(import.meta.url).resolve('tsx/cli'), 'src/main.ts'],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), DATA_DIR: dataDir },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (c) => {
      stdout += String(c);
    });
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.end('mes-donnees\n');
    expect(await exit).toBe(0);
    const [path] = savedPaths(stdout.replace(/[\u00a0\u202f]/g, ' '));
    expect(dirname(path ?? '')).toBe(join(dataDir, 'exports'));
    expect(JSON.parse(readFileSync(path ?? '', 'utf8'))).toMatchObject({
      format: expect.stringMatching(/^maillage-my-data/),
    });
  }, 120_000);
});
