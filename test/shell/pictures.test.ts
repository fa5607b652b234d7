// A message's picture (the digest's map) in the shell: its PNG written under
// DATA_DIR/pictures (directory 0700, file 0600, never over an earlier one), and a line
// naming the file with the picture's alt text — for a reply and for a scheduled post
// (shellPublisher), in French or English; a plain line when there is no data directory.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runShell, shellPublisher } from '../../adapters/shell/shell.ts';
import type { Core, IncomingCommand } from '../../src/core/core.ts';
import { header, privateMessage, publicMessage, text } from '../../src/core/message.ts';
import type { Space } from '../../src/core/model.ts';
import { describeDatabases } from '../support/databases.ts';
import { type ShellServices, testShell } from '../support/fakes.ts';
import { testPicture } from '../support/tiny-png.ts';

const picture = testPicture();
const freshDir = () => join(mkdtempSync(join(tmpdir(), 'maillage-pictures-')), 'data');
const mode = (path: string) => statSync(path).mode & 0o777;
const plainly = (out: string) => out.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'");
const savedPaths = (out: string, prefix = 'Image enregistrée : ') =>
  [...out.matchAll(new RegExp(`${prefix}(\\S+) — `, 'g'))].map((m) => m[1] ?? '');

/** The real core, except for `apercu-test`: a private answer with the map. */
function withPreview(core: Core): Core {
  return {
    ...core,
    async handle(request: IncomingCommand) {
      if (request.text !== 'apercu-test') return core.handle(request);
      const { locale } = await core.enter(request);
      return {
        locale,
        messages: [{ ...privateMessage(text('Aperçu du diagnostic.')), picture }],
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
  return plainly(printed);
}

describeDatabases('shell pictures', (database) => {
  let shell: ShellServices;
  beforeAll(() => {
    const { core, demo } = testShell(database().db);
    shell = { core: withPreview(core), demo };
  });

  it('writes the PNG under DATA_DIR/pictures, bytes intact, and prints where with its alt text', async () => {
    const dataDir = freshDir();
    const out = await runLines(shell, ['apercu-test', 'apercu-test'], dataDir);
    expect(out).toContain('Aperçu du diagnostic.');
    const paths = savedPaths(out);
    expect(paths).toEqual([
      join(dataDir, 'pictures', 'carte-du-reseau.png'),
      join(dataDir, 'pictures', 'carte-du-reseau-2.png'),
    ]);
    for (const path of paths) {
      expect(Buffer.compare(readFileSync(path), Buffer.from(picture.data))).toBe(0);
      expect(mode(path)).toBe(0o600);
    }
    expect(mode(join(dataDir, 'pictures'))).toBe(0o700);
    expect(out).toContain(`Image enregistrée : ${paths[0]} — ${picture.alt}`);
  });

  it('says the picture was not saved, with its alt text, when the shell has no data directory', async () => {
    const out = await runLines(shell, ['apercu-test'], undefined);
    expect(out).toContain(
      `Ce shell n'a pas de dossier de données : l'image n'a pas été enregistrée — ${picture.alt}`,
    );
  });
});

describe('the shell’s scheduled posts with a picture', () => {
  it('saves a digest’s map and says where, in English for an English-speaking network', async () => {
    const dataDir = freshDir();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => {
      printed += String(chunk);
    });
    const publisher = shellPublisher(output, false, 'Camille', dataDir);
    const space: Space = {
      id: 's',
      networkId: 'n',
      platform: 'shell',
      externalId: 'local',
      name: null,
      removedAt: null,
    };
    const alt = 'Network map: 12 organisations, 18 links.';
    const digest = { ...publicMessage(header('Weekly diagnostic')), picture: testPicture({ alt }) };
    expect(await publisher.post(space, null, digest, 'en')).toEqual({ ok: true });
    const [path] = savedPaths(printed, 'Picture saved: ');
    expect(path).toBe(join(dataDir, 'pictures', 'carte-du-reseau.png'));
    expect(Buffer.compare(readFileSync(path ?? ''), Buffer.from(picture.data))).toBe(0);
    expect(printed).toContain(`Picture saved: ${path} — ${alt}`);
    expect(printed).toContain('Weekly diagnostic');
  });
});
