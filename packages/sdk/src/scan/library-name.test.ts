import { describe, expect, it } from 'vitest';
import { isLibraryName } from './library-name.ts';

describe('isLibraryName', () => {
  it("knows the names libraries give every widget of a kind (Base Web's 'button group', Semi's 'Input group')", () => {
    for (const name of [
      'button group',
      'segmented control',
      'Input group',
      'Search for option',
      'Select',
      '$t:inputField',
      'Rich Text Area',
      'Show popup',
      // Element Plus's radio and checkbox groups.
      'radio-group',
      'checkbox-group',
    ])
      expect(isLibraryName(name), name).toBe(true);
  });

  it("takes a page's own name for a question", () => {
    for (const name of ['Years of experience', 'Selected projects', 'Button color group', 'Preferred group'])
      expect(isLibraryName(name), name).toBe(false);
  });
});
