/**
 * A caption drawn as an image: old CMS pages slice their captions into pictures (`<img
 * alt="Last Name">` in the cell before the box), whose alt text is all a program can read of them.
 */
import { normalizeText, readableText } from './element-text.ts';
import { isRequiredMark } from './required-mark.ts';

/** What an icon's alt text says instead of a caption: a required mark, help, a picker. */
const ICON_WORDS =
  /^(required( field)?|mandatory|obligatoire|obligatorio|obrigat[oó]rio|pflichtfeld|verplicht|asterisk|star|info(rmation)?|help|calendar|date picker|icon)$/i;
/** Smallest side of a picture that holds words: a smaller one is a mark or an icon. */
const MIN_CAPTION_SIDE = 12;

/** The alt text of the image `element` is or only holds, when it has words and no other text; else ''. */
export function imageCaption(element: Element): string {
  const image = element.localName === 'img' ? element : element.querySelector(':scope > img:only-child');
  if (!image || readableText(element) !== '') return '';
  const side = Math.min(
    Number(image.getAttribute('width') ?? Infinity),
    Number(image.getAttribute('height') ?? Infinity),
  );
  const alt = normalizeText(image.getAttribute('alt') ?? '');
  return /\p{L}{2}/u.test(alt) && !isRequiredMark(alt) && !ICON_WORDS.test(alt) && !(side < MIN_CAPTION_SIDE)
    ? alt
    : '';
}
