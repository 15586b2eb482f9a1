import { createServer } from 'node:net';

/**
 * A port free on 127.0.0.1 right now: `preferred` when it is free, otherwise one the OS picks.
 * Used for the embedded database and for servers tests start themselves.
 */
export const freePort = (preferred = 0): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (preferred !== 0 && error.code === 'EADDRINUSE') {
        resolve(freePort(0));
      } else {
        reject(error);
      }
    });
    server.listen(preferred, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port assigned')),
      );
    });
  });
