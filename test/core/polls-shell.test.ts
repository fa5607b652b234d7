// A scripted poll session through `npm start` (the real entry point, in a child process,
// on an empty data directory, with piped input): an anonymous poll, three members voting
// in the shell with `vote`, one changing their vote, the author closing it; then a poll
// with two answers, whose results keep the breakdown hidden.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');

function runScript(
  lines: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'maillage-polls-')), 'data');
  const child = spawn(process.execPath, [TSX, 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => {
    out.stdout += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    out.stderr += String(chunk);
  });
  child.stdin.end(`${lines.join('\n')}\n`);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, ...out })));
}

describe('polls in the shell (npm start)', () => {
  it('runs an anonymous poll from creation to results, and hides a breakdown of two answers', async () => {
    const { code, stdout, stderr } = await runScript([
      'sondage "Quelle priorité pour l\'atelier ?" "Logement" "Emploi" "Santé"',
      'as "Marie Curie"',
      'vote 1 1',
      'as "Jean Dupont"',
      'vote 1 2',
      'as "Zoé Lambert"',
      'vote 1 "emploi"',
      'as "Jean Dupont"',
      'vote 1 Logement',
      'sondage liste',
      'as',
      'sondage fermer 1',
      'vote 1 3',
      'sondage "Quel format pour la réunion ?" "Atelier" "Visio"',
      'as "Marie Curie"',
      'vote 2 1',
      'as "Jean Dupont"',
      'vote 2 2',
      'as',
      'sondage fermer 2',
    ]);
    expect(code).toBe(0);
    // The poll, with the `vote` commands that stand in for its buttons.
    expect(stdout).toContain("Quelle priorité pour l'atelier ?\nSondage n°\u00a01 · anonyme · un seul choix");
    expect(stdout).toContain('[Logement] → vote 1 1\n  [Emploi] → vote 1 2\n  [Santé] → vote 1 3');
    const beforeClosing = stdout.slice(0, stdout.indexOf('Résultats\u00a0:'));
    expect(beforeClosing.match(/Vote enregistré\./g)).toHaveLength(3);
    expect(beforeClosing.match(/Vote modifié\./g)).toHaveLength(1);
    expect(stdout).toContain(
      "Vote modifié.\nVotre choix au sondage n°\u00a01 «\u00a0Quelle priorité pour l'atelier ?\u00a0»\u00a0: Logement.",
    );
    expect(stdout).toMatch(/1 — Quelle priorité pour l'atelier \? · 3 participants · .* · vous avez voté/);
    // The results, for everyone.
    const results = stdout.slice(stdout.indexOf('Résultats\u00a0: Quelle priorité'));
    expect(results).toMatch(
      /^Résultats\u00a0: Quelle priorité pour l'atelier \?\nSondage n°\u00a01 · anonyme · un seul choix · clos le .*\nLogement — 2 votes \(67\u202f%\)\nEmploi — 1 vote \(33\u202f%\)\nSanté — aucun vote \(0\u202f%\)\n3 participants\n/,
    );
    expect(stdout).toContain('Ce sondage est clos.');
    // Two answers to an anonymous poll: no breakdown.
    const second = stdout.slice(stdout.indexOf('Résultats\u00a0: Quel format'));
    expect(second).toContain('moins de 3 réponses');
    expect(second).not.toMatch(/Atelier|Visio|%/);
    // Logs never name voters nor hold what they chose.
    expect(stderr).not.toMatch(/Marie|Jean|Zoé|Logement|Emploi/);
  }, 90_000);
});
