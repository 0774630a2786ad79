/**
 * A caption drawn as an image: old CMS pages slice their captions into pictures (`<img
 * alt="Last Name">` in the cell before the box), whose alt text is all a program can read of them.
 */
import { normalizeText, readableText } from './element-text.ts';
import { isRequiredMark } from './required-mark.ts';

/** The alt text of the image `element` is or only holds, when it has words and no other text; else ''. */
export function imageCaption(element: Element): string {
  const image = element.localName === 'img' ? element : element.querySelector(':scope > img:only-child');
  if (!image || readableText(element) !== '') return '';
  const alt = normalizeText(image.getAttribute('alt') ?? '');
  return /\p{L}{2}/u.test(alt) && !isRequiredMark(alt) ? alt : '';
}
