/**
 * The popup's *This page* view: the decision for the tab with its reasons and switches,
 * the page's actors, topics and places, the articles Dossier highlights in frames of the page, and
 * the reader's notes on the page (an orphaned note is marked). While the page is being read
 * it says so; a tab Dossier cannot reach says why.
 */
import type { LiveResult } from '@/components/use-live-query';
import { NoteList, type NoteHandlers } from '@/components/notes/NoteList';
import { ActorList, PagePanel } from '@/components/page/PagePanel';
import { ShortcutHint } from '@/components/Shortcut';
import type { Note } from '@/utils/model/note';
import type { ForceMode } from '@/utils/model/kinds';
import type { PageState } from '@/utils/model/page';
import type { FramedArticle } from '@/components/hooks/use-page-state';

export interface PageViewProps {
  page: PageState | null;
  error: string | null;
  framedArticles: FramedArticle[];
  notes: LiveResult<Note[]>;
  actorNames?: ReadonlyMap<string, string>;
  onForce: (scope: 'page' | 'site', mode: ForceMode) => void;
  onRevealActor: (actorId: string, index: number, frameId?: number) => void;
  onTopic: (topicId: string) => void;
  handlers: NoteHandlers;
}

export function PageView({
  page,
  error,
  framedArticles,
  notes,
  actorNames,
  onForce,
  onRevealActor,
  onTopic,
  handlers,
}: PageViewProps) {
  return (
    <main role="tabpanel" id="panel" aria-labelledby="tab-page">
      {page ? (
        <PagePanel
          state={page}
          onForce={onForce}
          onRevealActor={onRevealActor}
          framed={framedArticles.length > 0}
          onTopic={onTopic}
        />
      ) : (
        <p class="muted">{error ?? 'Reading this page…'}</p>
      )}
      {framedArticles.map((f) => (
        <section key={f.frameId} class="frame" aria-label={`In a frame: ${f.state.title || f.state.url}`}>
          <h3>Highlighted in a frame</h3>
          <p class="frame-title">{f.state.title || f.state.url}</p>
          <ActorList state={f.state} onRevealActor={(actorId, index) => onRevealActor(actorId, index, f.frameId)} />
        </section>
      ))}
      <h3>Notes on this page</h3>
      {notes.status === 'error' ? (
        <p class="error">Could not read your notes: {notes.error}</p>
      ) : (
        <NoteList
          notes={notes.status === 'ready' ? notes.value : []}
          orphanedIds={page?.orphanedNoteIds}
          actorNames={actorNames}
          {...handlers}
          empty={
            <>
              <strong>No notes on this page yet.</strong> Select a passage, then <ShortcutHint command="add-note" /> or
              right-click → <em>Add note to selection</em>
              {page?.active ? (
                <>
                  {' '}
                  (or the <kbd>Note</kbd> button beside it)
                </>
              ) : null}
              .
            </>
          }
        />
      )}
    </main>
  );
}
