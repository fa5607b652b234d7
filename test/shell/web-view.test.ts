// `diagnostic web` from the shell started as `npm start` starts it: the link it prints is
// served on localhost by a server started on demand, with strict security headers; the
// page holds the network's organisations and figures, never a member's name or a note; a
// changed, expired or revoked link, and another network's link, show nothing of it.
import { expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, RecordingLogger } from '../support/fakes.ts';
import { startShellApp } from '../support/shell-app.ts';

const LINK = /http:\/\/127\.0\.0\.1:\d+\/d\/[0-9a-f]+/g;
const NOTE = 'préparation confidentielle du forum';

describeDatabases('the web view from the shell', (database) => {
  it('serves the page a link was given for, and refuses changed, expired and revoked links', async () => {
    const clock = new FakeClock(new Date());
    const logger = new RecordingLogger();
    const built = () => logger.entries.filter((e) => e.message === 'web view built').length;
    const shell = await startShellApp(database().db, { clock, logger, processId: 'web-view-test' });
    const { type } = shell;
    const linkIn = (said: string) => [...said.matchAll(LINK)].map((m) => m[0])[0] ?? '';
    try {
      await type('demo', /Réseau de démonstration prêt/);
      await type(
        `echange appel @Samia structure "Mission locale de Cergy" note "${NOTE}"`,
        /Échange n° \d+ noté/,
      );
      const demoLink = linkIn(await type('diagnostic web', /\/d\/[0-9a-f]+/));
      expect(demoLink).not.toBe('');
      // The page is built as the link is given: the click is answered from the cache.
      for (let i = 0; i < 200 && built() === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(built()).toBe(1);

      const page = await fetch(demoLink);
      expect(built()).toBe(1);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('cache-control')).toBe('no-store');
      const html = await page.text();
      expect(html).toContain('<html lang="fr"');
      expect(html).toContain('Mission locale de Cergy');
      expect(html).toContain('Collège Les Explorateurs');
      for (const person of ['Samia Benali', 'Aminata Diallo', 'Thomas Leroy', 'Camille'])
        expect(html).not.toContain(person);
      expect(html).not.toContain(NOTE);
      expect(await (await fetch(`${demoLink}?lang=en`)).text()).toContain('<html lang="en"');
      expect(built()).toBe(2);

      const css = await fetch(new URL('/d/assets/web.css', demoLink));
      expect(css.status).toBe(200);
      expect(css.headers.get('content-type')).toMatch(/^text\/css/);

      // One character changed: refused, and the page names no network.
      const last = demoLink.at(-1) === '0' ? '1' : '0';
      const forged = await fetch(demoLink.slice(0, -1) + last);
      expect(forged.status).toBe(404);
      const refusal = await forged.text();
      expect(refusal).not.toContain('Mission locale');
      expect(refusal).toMatch(/diagnostic web/);

      // Another network's link shows that network only.
      await type('demo sortir', /./);
      const ownLink = linkIn(await type('diagnostic web', /\/d\/[0-9a-f]+/));
      expect(ownLink).not.toBe(demoLink);
      const own = await (await fetch(ownLink)).text();
      expect(own).not.toContain('Mission locale de Cergy');
      expect(own).not.toContain('Réseau de démonstration');

      // Revoked: every link of the demo network stops working, not the other network's.
      await type('demo', /démonstration/);
      await type('diagnostic web revoquer', /ne marchent plus/);
      const revoked = await fetch(demoLink);
      expect(revoked.status).toBe(410);
      expect(await revoked.text()).not.toContain('Mission locale');
      expect((await fetch(ownLink)).status).toBe(200);
      const fresh = linkIn(await type('diagnostic web', /\/d\/[0-9a-f]+/));
      // The journal tells who was given a link, until when, and who revoked them.
      const journal = await type('config journal', /coupé tous les liens/);
      expect(journal).toMatch(/a reçu un lien vers la page web du diagnostic \(valable jusqu.au \w+ \d+/);
      expect((await fetch(fresh)).status).toBe(200);

      // 24 hours later, expired.
      clock.advance(24 * 3_600_000);
      const expired = await fetch(fresh);
      expect(expired.status).toBe(410);
      expect(await expired.text()).not.toContain('Mission locale');

      // Bad input: a period that cannot be read gets a private answer and no link.
      const said = await type('diagnostic web la semaine des quatre jeudis', /./);
      expect(said).not.toMatch(LINK);
    } finally {
      await shell.close();
    }
  });
});
