// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keepEarlyTyping } from '@/components/panel/early-typing';

const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));

describe('keepEarlyTyping', () => {
  it('keeps the letters typed before the editor exists, with Enter and Backspace, and nothing after take()', () => {
    const early = keepEarlyTyping(document);
    for (const key of ['T', 'i', 'x', 'Backspace', 'm', 'Enter', 'e']) press(key);
    press('s', { ctrlKey: true });
    press('Shift');
    expect(early.take()).toBe('Tim\ne');
    press('z');
    expect(early.take()).toBe('');
  });

  it('leaves keys typed into a field to the field', () => {
    document.body.innerHTML = '<input>';
    const early = keepEarlyTyping(document);
    press('a', {}, document.querySelector('input')!);
    expect(early.take()).toBe('');
  });
});
