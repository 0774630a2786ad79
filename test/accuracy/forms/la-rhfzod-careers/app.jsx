import { POSTING } from './posting.js';
import { renderPosting } from './template.jsx';

renderPosting(POSTING);
