import { describeAtsFixtures } from './scenarios/ats-fixtures.ts';
import { CHROMIUM } from './support/chromium-install.ts';

describeAtsFixtures(CHROMIUM);
