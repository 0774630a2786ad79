import { mount } from './template.js';

mount();
