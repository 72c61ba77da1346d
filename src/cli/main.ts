import { Command } from 'commander';
import { tonusVersion } from '../server/version.ts';
import { analyzeCommand } from './analyze.ts';
import { demoCommand } from './demo.ts';
import { serveCommand } from './serve.ts';

const program = new Command()
  .name('tonus')
  .description(
    'Tonus: diary, treatment log, rating scales and video measurement for dystonia care.\nTonus supports care; it does not diagnose.',
  )
  .version(tonusVersion, '-v, --version', 'print the Tonus version')
  .showHelpAfterError('(run tonus --help for the list of commands)');

program.addCommand(serveCommand());
program.addCommand(analyzeCommand());
program.addCommand(demoCommand());

await program.parseAsync(process.argv);
