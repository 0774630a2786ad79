import { mount } from '../vs-iti-flatpickr-ballycroy/template.js';

mount();
