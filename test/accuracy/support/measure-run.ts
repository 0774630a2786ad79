/**
 * The plain accuracy run: one new install with the whole profile opens every form, lets the
 * extension fill it on load, and each field is judged against the truth; then the leak check.
 */
import type { AccuracyForm } from './form-catalog.ts';
import type { FormResult } from './form-visit.ts';
import { startAccuracyRig } from './accuracy-rig.ts';
import { checkLeaks, type LeakReport } from './leak-check.ts';
import { progressLine } from './progress-line.ts';

export interface MeasureRun {
  results: FormResult[];
  leak: LeakReport;
  /** Events the server stored from the run (runs end when the pages are left). */
  storedEvents: number;
}

/** Runs `forms` through the built extension; `log` gets a progress line per form. */
export async function runMeasurement(forms: readonly AccuracyForm[], log: (line: string) => void): Promise<MeasureRun> {
  const rig = await startAccuracyRig(forms);
  try {
    const install = await rig.newInstall();
    let results: FormResult[];
    let storedEvents: number;
    try {
      results = await rig.pass(install, forms, 'measure', (result, index) =>
        log(progressLine('fill', result, index, forms.length)),
      );
      storedEvents = await rig.drain(install);
    } finally {
      await install.close();
    }
    await rig.stopServer();
    return { results, storedEvents, leak: checkLeaks(rig.proxy.requests, rig.server.dbPath, rig.server.logs()) };
  } finally {
    await rig.close();
  }
}
