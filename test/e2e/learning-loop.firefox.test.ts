import { describeLearningLoop } from './scenarios/learning-loop.ts';
import { FIREFOX } from './support/firefox-extension-browser.ts';

describeLearningLoop(FIREFOX);
