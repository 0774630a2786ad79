import { describeRunOutcomes } from './scenarios/run-outcomes.ts';
import { FIREFOX } from './support/firefox-extension-browser.ts';

describeRunOutcomes(FIREFOX);
