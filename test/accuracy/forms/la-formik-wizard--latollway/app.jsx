import { POSTING } from './posting.js';
import { renderPosting } from '../la-formik-wizard/template.jsx';

renderPosting(POSTING);
