import { BigValueTextMode } from '@grafana/grafana-foundation-sdk/common';
import { ThresholdsConfigBuilder, ThresholdsMode } from '@grafana/grafana-foundation-sdk/dashboard';
import type { PanelBuilder as StatPanelBuilder } from '@grafana/grafana-foundation-sdk/stat';
import { instantQuery } from '../prometheus-query.ts';
import { statPanel } from './panel-defaults.ts';
import { METRIC } from '../../../packages/server/src/metrics/metric-names.ts';

/**
 * The live tuning file and its failed reloads. One tile per live version whose value is the number
 * of replicas serving it (two tiles: the replicas disagree), and the reload errors of the last 24h,
 * red from the first one. Each process reloads its own file, so both sum over replicas.
 */
export function tuningConfigPanel(): StatPanelBuilder {
  return statPanel(
    'Tuning file: live version and reload errors',
    'Version = first 12 hex of the SHA-256 of the live COMPANION_TUNING_FILE ("none" without a file); the value is how many replicas serve it. It changes without a restart on a file change, `kill -HUP` or POST /api/admin/tuning/reload. A bad edit is refused and the last good file stays live: the version does not move and "reload errors (24h)" turns red (server log: "tuning: … rejected").',
    'short',
  )
    .height(8)
    .span(12)
    .textMode(BigValueTextMode.ValueAndName)
    .thresholds(new ThresholdsConfigBuilder().mode(ThresholdsMode.Absolute).steps([{ value: null, color: 'blue' }]))
    .withTarget(instantQuery('A', `count by (version) (${METRIC.tuningConfigInfo})`, 'version {{version}}'))
    .withTarget(
      instantQuery('B', `round(sum(increase(${METRIC.tuningReloads}{result="error"}[24h])))`, 'reload errors (24h)'),
    )
    .overrideByQuery('B', [
      {
        id: 'thresholds',
        value: {
          mode: 'absolute',
          steps: [
            { value: null, color: 'green' },
            { value: 1, color: 'red' },
          ],
        },
      },
    ]);
}
