// GET /healthz, and the web view under /d/, on PORT when no Slack HTTP receiver owns the
// port (Socket Mode, Discord only, the shell's web view): a bare node:http server, since
// that is all it serves.
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Health } from '../platform.ts';
import { isWebPath } from './web-handler.ts';

/**
 * Answers /healthz from `health` (its probes included) and, given `web`, the web view's
 * paths; other paths get 404. Used by the Slack receiver too.
 */
export function healthHandler(health: Health, web?: RequestListener) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (web && isWebPath(req.url)) {
      web(req, res);
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/healthz' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    health.check().then(({ ready, body }) => {
      res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  };
}

export async function startHealthServer(
  health: Health,
  port: number,
  host?: string,
  web?: RequestListener,
): Promise<Server> {
  const server = createServer(healthHandler(health, web));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
