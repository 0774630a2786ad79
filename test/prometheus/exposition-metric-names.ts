/** Series-name suffixes each metric type exposes besides (or instead of) its family name. */
const SUFFIXES: Record<string, readonly string[]> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

/**
 * Every series name a Prometheus text exposition declares: the `# TYPE` families (a histogram gives
 * `_bucket`, `_sum`, `_count`) plus any sample names. Families without samples yet still count:
 * the server declares them at start and fills them with traffic.
 */
export function metricNamesFromExposition(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (\w+)$/.exec(line);
    if (type?.[1] && type[2]) {
      for (const suffix of SUFFIXES[type[2]] ?? ['']) names.add(`${type[1]}${suffix}`);
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]/.exec(line);
    if (sample?.[1]) names.add(sample[1]);
  }
  return names;
}
