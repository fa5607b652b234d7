// GET /healthz on PORT when no Slack HTTP receiver owns the port (Socket Mode, Discord
// only): a bare node:http server, since that is all it serves.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Health } from '../platform.ts';

/** Answers /healthz from `health` (its probes included); other paths get 404. Used by the Slack receiver too. */
export function healthHandler(health: Health) {
  return (req: IncomingMessage, res: ServerResponse): void => {
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

export async function startHealthServer(health: Health, port: number, host?: string): Promise<Server> {
  const server = createServer(healthHandler(health));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
