// Runs the fake Losant API until SIGINT/SIGTERM. stdout carries only KEY=value lines that
// scripts can parse; everything for humans goes to stderr.
import { parseCliArgs, USAGE, type CliOptions } from './cliArgs';
import { startFakeLosant } from './fakeLosant';

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`fake-losant: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const server = await startFakeLosant({ port: options.port, host: options.host, orgs: options.orgs, seed: options.seed, fault: options.fault });
  process.stdout.write(
    `LOSANT_API_URL=${server.url}\nLOSANT_TOKEN=${server.tokens.all}\nLOSANT_READONLY_TOKEN=${server.tokens.readOnly}\n` +
      `LOSANT_EMAIL=${server.accounts.demo.email}\nLOSANT_PASSWORD=${server.accounts.demo.password}\n`,
  );
  process.stderr.write(
    `fake-losant: listening on ${server.url} with ${server.organizations.length} organizations\n` +
      `fake-losant: demo login ${server.accounts.demo.email} / ${server.accounts.demo.password} (--help lists the other accounts)\n` +
      (options.fault ? `fake-losant: fault ${JSON.stringify(options.fault)}\n` : '') +
      'fake-losant: stop with Ctrl+C (SIGINT) or SIGTERM\n',
  );
  const stop = (signal: NodeJS.Signals): void => {
    process.stderr.write(`fake-losant: ${signal}, shutting down\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`fake-losant: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
