import { describeRunOutcomes } from './scenarios/run-outcomes.ts';
import { CHROMIUM } from './support/chromium-install.ts';

describeRunOutcomes(CHROMIUM);
