import { describePopupAndConsent } from './scenarios/popup-and-consent.ts';
import { FIREFOX } from './support/firefox-extension-browser.ts';

describePopupAndConsent(FIREFOX);
