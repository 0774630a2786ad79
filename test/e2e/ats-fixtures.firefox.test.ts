import { describeAtsFixtures } from './scenarios/ats-fixtures.ts';
import { FIREFOX } from './support/firefox-extension-browser.ts';

describeAtsFixtures(FIREFOX);
