// Answers a request for the web view: checks the link's signature and expiry, that the
// network still exists and has not revoked its links since, then builds the page. A refused
// link gets a short page that says why and what to do, and nothing of any network.
import { isLocale, type Locale } from '../../locale.ts';
import type { Clock, Logger, Store } from '../../ports.ts';
import { currentPeriod } from '../digest-periods.ts';
import { refusalPage } from './refusal-page.ts';
import { webDiagnostic } from './web-data.ts';
import { verifyWebLink } from './web-link.ts';
import { webPage } from './web-page.ts';

export interface WebResponse {
  status: number;
  html: string;
}

export interface WebServeDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  secret: string;
}

/** Pages built in the last minutes, by link and language: a page read again is not rebuilt. */
const CACHE_MS = 30 * 60_000;
const CACHE_SIZE = 32;

export interface WebPages {
  (token: string, lang: string | undefined): Promise<WebResponse>;
  /**
   * Builds a link's page ahead, in the network's language, so that the click that follows
   * is answered from the cache (the page of a large network takes most of a second to build).
   */
  warm(token: string): void;
}

export function webPages(deps: WebServeDeps): WebPages {
  const cache = new Map<string, { at: number; generation: number; html: string }>();
  const serve = async (token: string, lang: string | undefined): Promise<WebResponse> => {
    const asked: Locale | undefined = lang !== undefined && isLocale(lang) ? lang : undefined;
    const refuse = (status: number, reason: Parameters<typeof refusalPage>[0]) => ({
      status,
      html: refusalPage(reason, asked ?? 'fr'),
    });
    const started = performance.now();
    const now = deps.clock.now();
    const claims = verifyWebLink(deps.secret, token, now);
    if (!claims.ok) return claims.error === 'expired' ? refuse(410, 'expired') : refuse(404, 'invalid');
    const { networkId, generation, expiresAt, period } = claims.value;
    return deps.store.run(async (repos) => {
      const network = await repos.networks.get(networkId);
      if (!network) return refuse(404, 'not-found');
      if (network.webLinkGeneration !== generation) return refuse(410, 'revoked');
      const locale = asked ?? network.locale;
      const key = `${token}:${locale}`;
      const kept = cache.get(key);
      if (kept && kept.generation === generation && now.getTime() - kept.at < CACHE_MS)
        return { status: 200, html: kept.html };
      const other = locale === 'fr' ? 'en' : 'fr';
      const view = await webDiagnostic(repos, {
        network,
        locale,
        now,
        expiresAt,
        period: period ?? currentPeriod(network.digestCron, network.timeZone, now),
        otherHref: `?lang=${other}`,
      });
      const html = webPage(view);
      cache.delete(key);
      cache.set(key, { at: now.getTime(), generation, html });
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      deps.logger.debug({ ms: Math.round(performance.now() - started) }, 'web view built');
      return { status: 200, html };
    });
  };
  const warm = (token: string) => {
    setTimeout(() => {
      serve(token, undefined).catch((error: unknown) =>
        deps.logger.debug({ error: (error as Error).message }, 'web view not built ahead'),
      );
    }, 0);
  };
  return Object.assign(serve, { warm });
}
