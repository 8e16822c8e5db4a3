// `npm run relay`: starts the live-vote relay. Loopback only unless asked for the school network.
//   RELAY_PORT=1917          the port (default 1917)
//   --lan                    listen on every network interface (the school network), not just this machine
//   RELAY_HOST=10.0.0.5      listen on one address
//   RELAY_DATA=dir           where rooms are kept between restarts (default .relay-data); --memory keeps none
//   RELAY_TLS_CERT=cert.pem RELAY_TLS_KEY=key.pem   serve wss:// directly (or put the relay behind an HTTPS proxy)
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { startRelay } from './server.ts';

/** Reads the command line and environment, starts the relay and stops it cleanly on SIGINT/SIGTERM. */
export async function main(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const lan = args.includes('--lan');
  const host = env.RELAY_HOST ?? (lan ? '0.0.0.0' : '127.0.0.1');
  const port = Number(env.RELAY_PORT ?? 1917);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`RELAY_PORT must be a port number, not "${env.RELAY_PORT}".`);
  const cert = env.RELAY_TLS_CERT;
  const key = env.RELAY_TLS_KEY;
  const relay = await startRelay({
    port,
    host,
    dataDir: args.includes('--memory') ? null : (env.RELAY_DATA ?? '.relay-data'),
    tls: cert && key ? { cert: readFileSync(cert, 'utf8'), key: readFileSync(key, 'utf8') } : undefined,
  });
  const scheme = cert && key ? 'wss' : 'ws';
  const addresses =
    host === '0.0.0.0'
      ? Object.values(networkInterfaces())
          .flat()
          .flatMap((i) => (i && i.family === 'IPv4' && !i.internal ? [`${scheme}://${i.address}:${relay.port}`] : []))
      : [relay.url];
  console.log(`Live-vote relay listening: ${addresses.join('  ')}`);
  console.log(`In the game: add ?relay=${addresses[0]} to the address, or type it in the projector's Live vote box.`);
  if (host === '127.0.0.1') console.log('Only this computer can reach it. Use --lan to let phones on the school network in.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await relay.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
