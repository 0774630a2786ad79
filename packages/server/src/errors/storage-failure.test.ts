import { describe, expect, it } from 'vitest';
import { StorageUnavailableError, storageFailureOf } from './storage-failure.ts';

const withCode = (code: string) => Object.assign(new Error('x'), { code });

describe('storageFailureOf', () => {
  it('names the reasons SQLite and PostgreSQL give for refusing writes', () => {
    expect(storageFailureOf(withCode('SQLITE_FULL'))).toBe('full');
    expect(storageFailureOf(withCode('53100'))).toBe('full');
    expect(storageFailureOf(withCode('SQLITE_READONLY_DBMOVED'))).toBe('read_only');
    expect(storageFailureOf(withCode('25006'))).toBe('read_only');
    expect(storageFailureOf(withCode('SQLITE_IOERR_WRITE'))).toBe('io');
    expect(storageFailureOf(withCode('SQLITE_BUSY'))).toBe('busy');
    expect(storageFailureOf(withCode('53200'))).toBe('unavailable');
    expect(storageFailureOf(withCode('57P01'))).toBe('unavailable');
    expect(storageFailureOf(withCode('08006'))).toBe('unavailable');
    expect(storageFailureOf(withCode('ECONNREFUSED'))).toBe('unavailable');
    expect(storageFailureOf(new StorageUnavailableError('full'))).toBe('full');
  });

  it('leaves every other error alone: a bug or a constraint is no reason to retry', () => {
    expect(storageFailureOf(withCode('SQLITE_CONSTRAINT_UNIQUE'))).toBeUndefined();
    expect(storageFailureOf(withCode('23505'))).toBeUndefined();
    expect(storageFailureOf(withCode('22P02'))).toBeUndefined();
    expect(storageFailureOf(new TypeError('x'))).toBeUndefined();
    expect(storageFailureOf('SQLITE_FULL')).toBeUndefined();
    expect(storageFailureOf(null)).toBeUndefined();
  });
});
