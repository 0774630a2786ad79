/*
 * USWDS's compiled stylesheet, brought in as text: its url()s point at ../img and ../fonts next to
 * the CSS, and one of them is a .jpg the page bundler has no loader for. The icons the form's
 * components draw (combo box, date picker, file input, checkboxes, radios, alerts, search, banner)
 * are imported as data URLs and swapped in; the fonts and the rest are dropped (the system font
 * stack takes over).
 */
import css from '@uswds/uswds/css/uswds.min.css' with { type: 'text' };
import checkboxIndeterminateAlt from '@uswds/uswds/img/checkbox-indeterminate-alt.svg';
import checkboxIndeterminate from '@uswds/uswds/img/checkbox-indeterminate.svg';
import correct8Alt from '@uswds/uswds/img/correct8-alt.svg';
import correct8 from '@uswds/uswds/img/correct8.svg';
import fileExcel from '@uswds/uswds/img/file-excel.svg';
import filePdf from '@uswds/uswds/img/file-pdf.svg';
import fileVideo from '@uswds/uswds/img/file-video.svg';
import fileWord from '@uswds/uswds/img/file-word.svg';
import file from '@uswds/uswds/img/file.svg';
import loader from '@uswds/uswds/img/loader.svg';
import errorWhite from '@uswds/uswds/img/usa-icons-bg/error--white.svg';
import calendar from '@uswds/uswds/img/usa-icons/calendar_today.svg';
import checkCircle from '@uswds/uswds/img/usa-icons/check_circle.svg';
import close from '@uswds/uswds/img/usa-icons/close.svg';
import error from '@uswds/uswds/img/usa-icons/error.svg';
import expandLess from '@uswds/uswds/img/usa-icons/expand_less.svg';
import expandMore from '@uswds/uswds/img/usa-icons/expand_more.svg';
import info from '@uswds/uswds/img/usa-icons/info.svg';
import navBefore from '@uswds/uswds/img/usa-icons/navigate_before.svg';
import navFarBefore from '@uswds/uswds/img/usa-icons/navigate_far_before.svg';
import navFarNext from '@uswds/uswds/img/usa-icons/navigate_far_next.svg';
import navNext from '@uswds/uswds/img/usa-icons/navigate_next.svg';
import search from '@uswds/uswds/img/usa-icons/search.svg';
import unfoldMore from '@uswds/uswds/img/usa-icons/unfold_more.svg';
import warning from '@uswds/uswds/img/usa-icons/warning.svg';
import flag from '@uswds/uswds/img/us_flag_small.png';
import dotGov from '@uswds/uswds/img/icon-dot-gov.svg';
import https from '@uswds/uswds/img/icon-https.svg';

const IMAGES = {
  'checkbox-indeterminate-alt.svg': checkboxIndeterminateAlt,
  'checkbox-indeterminate.svg': checkboxIndeterminate,
  'correct8-alt.svg': correct8Alt,
  'correct8.svg': correct8,
  'file-excel.svg': fileExcel,
  'file-pdf.svg': filePdf,
  'file-video.svg': fileVideo,
  'file-word.svg': fileWord,
  'file.svg': file,
  'loader.svg': loader,
  'usa-icons-bg/error--white.svg': errorWhite,
  'usa-icons/calendar_today.svg': calendar,
  'usa-icons/check_circle.svg': checkCircle,
  'usa-icons/close.svg': close,
  'usa-icons/error.svg': error,
  'usa-icons/expand_less.svg': expandLess,
  'usa-icons/expand_more.svg': expandMore,
  'usa-icons/info.svg': info,
  'usa-icons/navigate_before.svg': navBefore,
  'usa-icons/navigate_far_before.svg': navFarBefore,
  'usa-icons/navigate_far_next.svg': navFarNext,
  'usa-icons/navigate_next.svg': navNext,
  'usa-icons/search.svg': search,
  'usa-icons/unfold_more.svg': unfoldMore,
  'usa-icons/warning.svg': warning,
  'us_flag_small.png': flag,
  'icon-dot-gov.svg': dotGov,
  'icon-https.svg': https,
};

const style = document.createElement('style');
style.textContent = css.replace(/url\(["']?\.\.\/(img|fonts)\/([^)"']+)["']?\)/g, (whole, kind, path) =>
  kind === 'img' && IMAGES[path] ? `url("${IMAGES[path]}")` : 'none',
);
document.head.append(style);
