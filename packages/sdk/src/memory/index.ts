/** Local form memory (the user's corrections), persisted through a StoragePort. */
export { DEFAULT_MAX_FORMS, createFormMemory, type FormMemory, type FormMemoryOptions } from './form-memory.ts';
