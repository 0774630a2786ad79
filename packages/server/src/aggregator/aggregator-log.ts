/** Writes one aggregator log line. */
export type AggregatorLog = (level: 'INFO' | 'WARN' | 'ERROR', message: string) => void;

/** `[autofill-agg] <ISO time> <LEVEL> <message>` on stdout (stderr for errors), one line each. */
export function createAggregatorLog(
  write: (line: string, level: 'INFO' | 'WARN' | 'ERROR') => void = defaultWrite,
  now: () => Date = () => new Date(),
): AggregatorLog {
  return (level, message) => write(`[autofill-agg] ${now().toISOString()} ${level} ${message}`, level);
}

function defaultWrite(line: string, level: 'INFO' | 'WARN' | 'ERROR'): void {
  (level === 'ERROR' ? process.stderr : process.stdout).write(`${line}\n`);
}
