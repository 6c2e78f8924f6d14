/** The `recovery-rules` executable. The `#!/usr/bin/env node` line is added by the build (tsup banner). */
import { main } from './main.js';

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), process);
