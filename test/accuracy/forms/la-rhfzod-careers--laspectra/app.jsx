import { POSTING } from './posting.js';
import { renderPosting } from '../la-rhfzod-careers/template.jsx';

renderPosting(POSTING);
