import { prepareAnswers } from './answer/prepare.js';
import { startConsole } from './cli/console.js';
import { progressReporter } from './cli/progress.js';
import { stderrLogger } from './cli/stderr-logger.js';
import { type Config, ConfigError, describeConfig, loadConfig, loadDotenv } from './config.js';
import { DeskHolder } from './desk-holder.js';
import { type DeskLogger, openDesk } from './desk-open.js';
import { logger } from './logger.js';

/**
 * `npm start`: read the configuration, open the corpus (from its snapshot when unchanged), watch it for
 * changes, then serve Discord when a token is set, else a local console that takes the same commands.
 */
async function main(): Promise<void> {
  loadDotenv();
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  logger.level = config.logLevel;
  const consoleMode = !config.discordToken;
  // In the console, stdout is the conversation: log lines go to stderr as plain text instead.
  const log: DeskLogger = consoleMode ? stderrLogger(process.stderr) : logger;
  logger.debug(describeConfig(config), 'configuration');

  const progress = progressReporter(process.stderr);
  const opened = await openDesk(config.corpusDir, { cacheDir: config.cacheDir, onProgress: progress.onProgress, logger: log });
  prepareAnswers(opened.desk);
  progress.done();
  const summary = {
    articles: opened.desk.articles.length,
    paragraphs: opened.desk.passages.size,
    from: opened.from,
    ms: Math.round(opened.timings.totalMs),
  };
  if (consoleMode) {
    process.stderr.write(
      `Loaded ${count(summary.articles, 'article')} (${count(summary.paragraphs, 'paragraph')}) from ${config.corpusDir} in ${summary.ms} ms${opened.from === 'snapshot' ? ' (saved index)' : ''}.\n`,
    );
  } else {
    logger.info({ corpusDir: config.corpusDir, ...summary }, 'corpus ready');
  }

  let notify = (text: string): void => {
    process.stderr.write(`${text}\n`);
  };
  const holder = new DeskHolder(opened.desk, {
    corpusDir: config.corpusDir,
    cacheDir: config.cacheDir,
    logger: log,
    prepare: prepareAnswers,
    onSwap: (desk) => {
      if (consoleMode) notify(`The corpus changed: now ${desk.articles.length} articles (${desk.passages.size} paragraphs).`);
    },
  });
  holder.watch();

  // Nothing to stop until the bot or the console is up. The signal handlers go in first: a SIGTERM that
  // arrives just after the console shows its prompt must still end the process cleanly.
  let stopServing: () => Promise<void> = async () => {};
  let stopping = false;
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  if (config.discordToken) {
    // Loaded only here, so that the console starts without discord.js.
    const { startBot } = await import('./discord/bot.js');
    const bot = await startBot({
      token: config.discordToken,
      guildId: config.discordGuildId,
      apiBase: config.discordApiBase,
      desks: holder,
      logger,
    });
    stopServing = async () => {
      await bot.stop();
    };
  } else {
    const terminal = startConsole(holder, { input: process.stdin, output: process.stdout }, (error) =>
      log.error({ err: (error as Error).message }, 'a console command failed'),
    );
    notify = terminal.notify;
    stopServing = async () => terminal.close();
    void terminal.closed.then(() => shutdown('console closed'));
  }

  async function shutdown(reason: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'shutting down');
    // A stuck Discord connection must not keep the process from ending.
    const forceExit = setTimeout(() => process.exit(1), 10_000);
    forceExit.unref();
    try {
      // Stop watching at once; a background rebuild under way is simply dropped with the process.
      void holder.close();
      await stopServing();
    } catch (error) {
      log.error({ err: (error as Error).message }, 'error while shutting down');
    }
    process.exit(0);
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// A failing handler must never end the bot: log it and keep serving.
process.on('unhandledRejection', (reason) => {
  logger.error({ err: reason instanceof Error ? reason.message : String(reason) }, 'unhandled rejection');
});
process.on('uncaughtException', (error) => {
  logger.error({ err: error.message, stack: error.stack }, 'uncaught exception');
});

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  logger.fatal({ err: message }, 'Newsdesk could not start');
  process.stderr.write(`Newsdesk could not start: ${message}\n`);
  process.exit(1);
});
