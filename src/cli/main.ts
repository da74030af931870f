import { loadDotenv } from '../config.js';
import { runCli } from './run.js';

// `newsdesk | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

loadDotenv();
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
} catch (error) {
  process.stderr.write(`newsdesk: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
