import { describePopupAndConsent } from './scenarios/popup-and-consent.ts';
import { CHROMIUM } from './support/chromium-install.ts';

describePopupAndConsent(CHROMIUM);
