import { describe, expect, it } from 'vitest';
import { errorMessage } from '@/utils/db/errors';

describe('errorMessage', () => {
  it('turns a full disk, however Dexie wraps it, into what the reader can do', () => {
    const wrapped = Object.assign(new Error('AbortError'), {
      name: 'AbortError',
      inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    });
    for (const err of [wrapped, new DOMException('x', 'QuotaExceededError'), new Error('Quota exceeded')]) {
      expect(errorMessage(err)).toMatch(
        /^The browser refused to store more for Dossier: its storage is full\. Export your notes/,
      );
    }
  });

  it('keeps any other message as it is, and reads a thrown non-error as its string', () => {
    expect(errorMessage(new Error('This note no longer exists (deleted in another window?).'))).toBe(
      'This note no longer exists (deleted in another window?).',
    );
    expect(errorMessage('plain words')).toBe('plain words');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
