// Serves the web view of the diagnostic on Maillage's HTTP server: the page at /d/<link>
// (built by the core, which checks the link) and its stylesheet and script. Every answer
// carries strict security headers: nothing loads from elsewhere, nothing may frame the page,
// no referrer leaves it, nothing is cached.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../src/core/public.ts';
import { WEB_ASSETS, WEB_ASSETS_PATH, WEB_PATH, type WebPages } from '../../src/core/public.ts';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'strict-transport-security': 'max-age=31536000',
  'x-robots-tag': 'noindex, nofollow',
  'cache-control': 'no-store',
};

const UNAVAILABLE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Maillage</title></head><body><h1>Page momentanément indisponible</h1><p>Réessayez dans quelques minutes.</p><p lang="en">Page temporarily unavailable: try again in a few minutes.</p></body></html>`;

/** True when the path is the web view's (the caller then lets `handleWeb` answer). */
export const isWebPath = (url: string | undefined): boolean => (url ?? '/').startsWith(WEB_PATH);

export function webHandler(pages: WebPages, logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      send(405, 'text/plain; charset=utf-8', 'method not allowed');
      return;
    }
    if (url.pathname.startsWith(WEB_ASSETS_PATH)) {
      const asset = WEB_ASSETS[url.pathname.slice(WEB_ASSETS_PATH.length)];
      if (asset) send(200, asset.type, asset.body);
      else send(404, 'text/plain; charset=utf-8', 'not found');
      return;
    }
    const token = url.pathname.slice(WEB_PATH.length);
    const started = performance.now();
    pages(token, url.searchParams.get('lang') ?? undefined).then(
      ({ status, html }) => {
        logger.debug({ status, ms: Math.round(performance.now() - started) }, 'web view served');
        send(status, 'text/html; charset=utf-8', html);
      },
      (error: unknown) => {
        logger.warn({ error: (error as Error).message }, 'web view could not be built');
        send(503, 'text/html; charset=utf-8', UNAVAILABLE);
      },
    );
  };
}
