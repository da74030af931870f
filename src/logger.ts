import { pino } from 'pino';

/**
 * One logger for the whole process. Secrets are redacted by key wherever they appear in a log object,
 * so that a token passed along in an error or a config dump never reaches the log.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: { paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization'], censor: '[redacted]' },
});

export type Logger = typeof logger;
