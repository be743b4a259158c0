import { describe, expect, it, vi } from 'vitest';
import { receiveRequest } from '@/utils/messaging/receive-request';

const sender = {};

describe('message receiver', () => {
  const handlers = () => ({
    'note.delete': vi.fn(async ({ id }: { id: string }) => (id === 'boom' ? Promise.reject(new Error('disk full')) : null)),
  });

  it('answers a valid message with the handler result', async () => {
    const h = handlers();
    const receive = receiveRequest(h as never);
    expect(await receive({ type: 'note.delete', id: 'n1' }, sender)).toEqual({ ok: true, data: null });
    expect(h['note.delete']).toHaveBeenCalledOnce();
  });

  it('rejects unknown types and malformed fields without calling a handler', async () => {
    const h = handlers();
    const receive = receiveRequest(h as never);
    const unknown = await receive({ type: 'db.drop' }, sender);
    expect(unknown.ok).toBe(false);
    const malformed = await receive({ type: 'note.delete', id: 42 }, sender);
    expect(malformed).toMatchObject({ ok: false });
    expect((malformed as { error: string }).error).toMatch(/id/);
    for (const junk of [null, undefined, 'note.add', 7, [], { type: 'note.add', note: { kind: 'bogus' } }]) {
      expect((await receive(junk, sender)).ok).toBe(false);
    }
    expect(h['note.delete']).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error answer carrying its message', async () => {
    const receive = receiveRequest(handlers() as never);
    expect(await receive({ type: 'note.delete', id: 'boom' }, sender)).toEqual({ ok: false, error: 'disk full' });
  });

  it('bounds sizes so a hostile page cannot flood the database', async () => {
    const add = vi.fn();
    const receive = receiveRequest({ 'note.add': add } as never);
    const note = { kind: 'passage', body: 'x'.repeat(100_001), url: 'http://a/', title: 't' };
    expect((await receive({ type: 'note.add', note }, sender)).ok).toBe(false);
    expect(add).not.toHaveBeenCalled();
  });
});

describe('request to the background', () => {
  it('retries while the background restarts, so a note saved at that moment still lands', async () => {
    const { browser } = await import('wxt/browser');
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, data: null } as never);
    const { request } = await import('@/utils/messaging/channel');
    await expect(request({ type: 'note.delete', id: 'n1' })).resolves.toBeNull();
    expect(send).toHaveBeenCalledTimes(3);
    send.mockRestore();
  });

  it('does not retry an error answer, and gives up on a background that never answers', async () => {
    const { browser } = await import('wxt/browser');
    const { request } = await import('@/utils/messaging/channel');
    const refused = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'disk full' } as never);
    await expect(request({ type: 'note.delete', id: 'n1' })).rejects.toThrow('disk full');
    expect(refused).toHaveBeenCalledOnce();
    refused.mockRestore();
    const silent = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(request({ type: 'note.delete', id: 'n1' }, 1)).rejects.toThrow(/not answering/);
    expect(silent).toHaveBeenCalledTimes(2);
    silent.mockRestore();
  });

  it('retries only a message never delivered, and sends a new note with one id on every attempt', async () => {
    const { browser } = await import('wxt/browser');
    const { request } = await import('@/utils/messaging/channel');
    // Delivered, then the worker stopped before answering: the note may be stored already.
    const closed = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('The message port closed before a response was received.'));
    await expect(request({ type: 'note.delete', id: 'n1' })).rejects.toThrow(/not answering/);
    expect(closed).toHaveBeenCalledOnce();
    closed.mockRestore();
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, data: null } as never);
    await request({ type: 'note.add', note: { kind: 'page', body: 'b', url: 'https://a.example/', title: 't' } });
    const ids = send.mock.calls.map(([m]) => (m as unknown as { note: { id: string } }).note.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]);
    send.mockRestore();
  });
});
