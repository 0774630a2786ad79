/*
 * The site serves Calcite's asset folder (t9n strings, date-picker locale, icons) at
 * /static/calcite/assets/ and points `setAssetPath` at it. The accuracy site serves only a form's
 * page and bundle, so the few JSON files this page needs are bundled and answered by a fetch shim
 * installed before any component loads.
 */
import { setAssetPath } from '@esri/calcite-components';
import tButton from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/button/t9n/messages.en.json';
import tCheckbox from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/checkbox/t9n/messages.en.json';
import tCombobox from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/combobox/t9n/messages.en.json';
import tDatePicker from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/date-picker/t9n/messages.en.json';
import nDatePicker from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/date-picker/nls/en.json';
import tInput from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/input/t9n/messages.en.json';
import tInputDatePicker from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/input-date-picker/t9n/messages.en.json';
import tInputNumber from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/input-number/t9n/messages.en.json';
import tInputText from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/input-text/t9n/messages.en.json';
import tNotice from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/notice/t9n/messages.en.json';
import tRadio from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/radio-button-group/t9n/messages.en.json';
import tSegmented from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/segmented-control/t9n/messages.en.json';
import tSelect from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/select/t9n/messages.en.json';
import tTextArea from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/text-area/t9n/messages.en.json';
import iCalendar from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/calendar16.json';
import iCheck from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/check16.json';
import iChevronDown from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/chevronDown16.json';
import iChevronLeft from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/chevronLeft16.json';
import iChevronRight from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/chevronRight16.json';
import iX from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/x16.json';
import iSearch from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/search16.json';
import iInfo from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/information16.json';

import iChevronUp from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/chevronUp16.json';
import iCircle from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/circle16.json';
import iCircleInsetLarge from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/circleInsetLarge16.json';
import iChevronsLeft from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/chevronsLeft16.json';
import iChevronsRight from '../../../../node_modules/@esri/calcite-components/dist/cdn/assets/icon/chevronsRight16.json';
const ASSETS = {
  'button/t9n/messages.en.json': tButton, 'checkbox/t9n/messages.en.json': tCheckbox, 'combobox/t9n/messages.en.json': tCombobox,
  'date-picker/t9n/messages.en.json': tDatePicker, 'date-picker/nls/en.json': nDatePicker, 'input/t9n/messages.en.json': tInput,
  'input-date-picker/t9n/messages.en.json': tInputDatePicker, 'input-number/t9n/messages.en.json': tInputNumber,
  'input-text/t9n/messages.en.json': tInputText, 'notice/t9n/messages.en.json': tNotice, 'radio-button-group/t9n/messages.en.json': tRadio,
  'segmented-control/t9n/messages.en.json': tSegmented, 'select/t9n/messages.en.json': tSelect, 'text-area/t9n/messages.en.json': tTextArea,
  'icon/calendar16.json': iCalendar, 'icon/check16.json': iCheck, 'icon/chevronDown16.json': iChevronDown, 'icon/chevronLeft16.json': iChevronLeft,
  'icon/chevronRight16.json': iChevronRight, 'icon/x16.json': iX, 'icon/search16.json': iSearch, 'icon/information16.json': iInfo, 'icon/chevronsRight16.json': iChevronsRight, 'icon/chevronsLeft16.json': iChevronsLeft, 'icon/circleInsetLarge16.json': iCircleInsetLarge, 'icon/circle16.json': iCircle, 'icon/chevronUp16.json': iChevronUp,
};
// The site serves /static/calcite/assets/… from the package; here the bundled copies answer.
const ASSET_ROOT = new URL('/static/calcite/', location.href).href;
const siteFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
  if (url.startsWith(`${ASSET_ROOT}assets/`)) {
    const body = ASSETS[url.slice(ASSET_ROOT.length + 'assets/'.length)];
    return Promise.resolve(body ? new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }) : new Response('', { status: 404 }));
  }
  return siteFetch(input, init);
};
setAssetPath(ASSET_ROOT);
