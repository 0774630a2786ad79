import { POSTING } from './posting.js';
import { renderPosting } from '../tk-rhf-repeater/template.jsx';

renderPosting(POSTING);
