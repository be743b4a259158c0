// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NOTES_PER_SCREEN, NoteList } from '@/components/notes/NoteList';
import type { Note } from '@/utils/db/schema';

const note = (i: number): Note => ({
  id: `n${i}`, kind: 'page', body: `Note ${i}`, tags: [], actorIds: [], topicIds: [],
  url: `https://example.org/${i}`, title: `Page ${i}`, site: 'example.org', created: i, updated: i,
});

const mount = (notes: Note[]) => {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(<NoteList notes={notes} empty="Nothing yet" countLabel={(n) => `${n} notes`} onDelete={() => undefined} onSave={async () => undefined} />, root));
  return root;
};

describe('NoteList', () => {
  it('draws one screen of a large notebook, then more on request', () => {
    const root = mount(Array.from({ length: 120 }, (_, i) => note(i)));
    expect(root.querySelectorAll('.note')).toHaveLength(NOTES_PER_SCREEN);
    expect(root.querySelector('.count')?.textContent).toBe('120 notes');
    const more = root.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent).toBe('Show 50 more (70 not shown)');
    act(() => more.click());
    expect(root.querySelectorAll('.note')).toHaveLength(100);
    act(() => root.querySelector<HTMLButtonElement>('button.more')!.click());
    expect(root.querySelectorAll('.note')).toHaveLength(120);
    expect(root.querySelector('button.more')).toBeNull();
  });

  it('shows the empty state, and no count, when there is nothing to list', () => {
    const root = mount([]);
    expect(root.querySelector('.empty-state')?.textContent).toBe('Nothing yet');
    expect(root.querySelector('.count')).toBeNull();
  });
});
