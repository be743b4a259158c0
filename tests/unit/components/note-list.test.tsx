// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NOTES_PER_SCREEN, NoteList } from '@/components/notes/NoteList';
import type { Note } from '@/utils/model/note';

const note = (i: number): Note => ({
  id: `n${i}`,
  kind: 'page',
  body: `Note ${i}`,
  tags: [],
  actorIds: [],
  topicIds: [],
  url: `https://example.org/${i}`,
  title: `Page ${i}`,
  site: 'example.org',
  created: i,
  updated: i,
});

const mount = (notes: Note[]) => {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() =>
    render(
      <NoteList
        notes={notes}
        empty="Nothing yet"
        countLabel={(n) => `${n} notes`}
        onDelete={() => undefined}
        onSave={async () => undefined}
      />,
      root,
    ),
  );
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

describe('NoteCard', () => {
  it('names whom an actor note is about, shows title and site, and gives each button its note', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const actorNote: Note = {
      ...note(1),
      kind: 'actor',
      body: 'Watch him closely this week',
      actorIds: ['person/pete-hegseth'],
      title: 'A very long headline about defence policy',
      tags: ['defence'],
    };
    act(() =>
      render(
        <NoteList
          notes={[actorNote, note(2)]}
          empty=""
          actorNames={new Map([['person/pete-hegseth', 'Pete Hegseth']])}
          onDelete={() => undefined}
          onSave={async () => undefined}
        />,
        root,
      ),
    );
    expect(root.querySelector('.about')?.textContent).toBe('About Pete Hegseth');
    expect(root.querySelector('.source')?.textContent).toBe('A very long headline about defence policyexample.org');
    expect(root.querySelector('.tags')?.textContent).toBe('#defence');
    const labels = [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label')).filter(Boolean);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('Edit note: Watch him closely this week');
  });

  it('puts the focus back on Edit after saving, not on the body', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    act(() => render(<NoteList notes={[note(1)]} empty="" onDelete={() => undefined} onSave={async () => undefined} />, root));
    act(() => root.querySelector<HTMLButtonElement>('button[aria-label^="Edit"]')!.click());
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
    await act(async () => root.querySelector<HTMLButtonElement>('.edit-actions .primary')!.click());
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit note: Note 1');
  });
});
