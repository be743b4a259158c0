/**
 * Dossier's notebook beside the article, in extension origin: the side panel (Chrome
 * `sidePanel`, Firefox `sidebar_action`), and the same page in a frame inside the article
 * where a panel cannot be opened from the reader's gesture (`?frame=1`). It holds
 * everything that shows or takes the reader's words: the note editor for a passage the
 * page's content script handed over as a draft, the reader's notes about an actor from
 * every site, this page's notes, and the switch that keeps private things unpainted here.
 *
 * Parameters: `draft` (a draft id: edit that note), `actor` (show notes about it), `note`
 * (show that note: a noted passage the reader clicked), `tab`
 * (the tab to follow, for a panel page opened as a tab), `frame` (compact, in the page).
 * Without `tab` the panel follows the active tab and refreshes when the background says a
 * draft or selected actor changed.
 */
import { useEffect, useState } from 'preact/hooks';
import { db } from '@/components/hooks/db';
import { noteActions, undoableDelete } from '@/components/hooks/use-note-actions';
import { useMessage, type Say } from '@/components/hooks/use-message';
import { MessageLine } from '@/components/MessageLine';
import { usePageNotes } from '@/components/hooks/use-notebook';
import { useLiveQuery } from '@/components/use-live-query';
import { NoteList, type NoteHandlers } from '@/components/notes/NoteList';
import { errorMessage } from '@/utils/db/errors';
import { searchNotes } from '@/utils/db/notes';
import { actorNameOf } from '@/utils/db/queries';
import { request } from '@/utils/messaging/channel';
import { PANEL_CHANGED, type NoteDraft, type PanelContext } from '@/utils/messaging/protocol';
import type { PageConfig } from '@/utils/model/page';
import { siteOf } from '@/utils/url/normalize';

export interface PanelParams {
  frame: boolean;
  draftId: string | null;
  actorId: string | null;
  noteId: string | null;
  tabId: number | null;
}

export function panelParams(search: string): PanelParams {
  const q = new URLSearchParams(search);
  const tab = Number(q.get('tab'));
  return {
    frame: q.get('frame') === '1',
    draftId: q.get('draft'),
    actorId: q.get('actor'),
    noteId: q.get('note'),
    tabId: Number.isInteger(tab) && q.has('tab') ? tab : null,
  };
}

export function Panel({ params, earlyTyping }: { params: PanelParams; earlyTyping?: { take(): string } }) {
  const [context, setContext] = useState<PanelContext | null>(null);
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const { message, box, say, dismiss } = useMessage();

  useEffect(() => {
    const load = async () => {
      const ctx = await request({ type: 'panel.context', ...(params.tabId !== null ? { tabId: params.tabId } : {}) });
      const url =
        ctx.url ?? (ctx.tabId !== null && params.tabId !== null ? ((await browser.tabs.get(ctx.tabId)).url ?? null) : null);
      setContext({ ...ctx, url });
      if (params.draftId) setDraft(await request({ type: 'draft.get', draftId: params.draftId }));
      else if (!params.frame) setDraft(ctx.draft);
    };
    const reload = () => void load().catch((err) => say(errorMessage(err)));
    reload();
    if (params.frame) return;
    const onMessage = (msg: unknown) => {
      if ((msg as { type?: string } | null)?.type === PANEL_CHANGED) reload();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(reload);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(reload);
    };
  }, []);

  const tabId = draft?.tabId ?? context?.tabId ?? null;
  const url = draft?.url ?? context?.url ?? null;
  const actorId = params.actorId ?? (params.frame ? null : (context?.actorId ?? null));
  const noteId = params.noteId ?? (params.frame ? null : (context?.noteId ?? null));

  /** Tells the page to paint its noted passages again (and, from a frame, to close it). */
  const notifyPage = (closeFrame: boolean, frameId = draft?.frameId ?? 0) => {
    if (tabId === null) return;
    void request({ type: 'page.notesChanged', tabId, frameId, closeFrame }).catch(() => undefined);
  };
  const close = () => notifyPage(true);

  // In the page's frame, Esc closes it, as it closes the card (the frame has the keyboard).
  useEffect(() => {
    if (!params.frame) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const handlers = panelHandlers(() => notifyPage(false), say);

  const onSaved = () => {
    setDraft(null);
    say('Note saved.');
    notifyPage(params.frame);
  };

  return (
    <div class={params.frame ? 'panel in-frame' : 'panel'}>
      {!params.frame && (
        <header>
          <h1>Dossier notebook</h1>
        </header>
      )}
      <main>
        {message && <MessageLine message={message} box={box} onDismiss={dismiss} />}
        {draft && (
          <Editor
            draft={draft}
            typed={earlyTyping}
            onSaved={onSaved}
            onCancel={() => (params.frame ? close() : setDraft(null))}
          />
        )}
        {params.frame && !draft && !actorId && !noteId && !message && <p class="muted">Loading…</p>}
        {noteId && <OneNote noteId={noteId} handlers={handlers} />}
        {actorId && <ActorNotes actorId={actorId} handlers={handlers} />}
        {!params.frame && url && <PageNotes url={url} handlers={handlers} />}
        {!params.frame && url && <PaintSwitch url={url} onChanged={() => notifyPage(false)} />}
        {params.frame && !draft && (
          <button type="button" onClick={close}>
            Close
          </button>
        )}
      </main>
    </div>
  );
}

function Editor({
  draft,
  typed,
  onSaved,
  onCancel,
}: {
  draft: NoteDraft;
  typed?: { take(): string };
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [body, setBody] = useState(() => typed?.take() ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await request({
        type: 'note.add',
        note: {
          kind: draft.kind,
          body,
          ...(draft.kind === 'passage' ? { quote: draft.quote } : {}),
          ...(draft.selectors ? { selectors: draft.selectors } : {}),
          actorIds: draft.actorIds,
          topicIds: draft.topicIds,
          url: draft.url,
          title: draft.title,
        },
      });
      onSaved();
    } catch (err) {
      // The typed text stays in the box: a failed save must not cost the reader it.
      setError(`Could not save the note: ${errorMessage(err)}`);
      setBusy(false);
    }
  };
  return (
    <section class="editor" aria-label="Add a note">
      <blockquote class="quote">{draft.quote.length > 280 ? `${draft.quote.slice(0, 277)}…` : draft.quote}</blockquote>
      <label>
        Your note
        <textarea
          rows={4}
          value={body}
          placeholder="What matters about this passage?"
          ref={(el) => {
            // The caret after what was typed before the box existed.
            if (el && el.ownerDocument.activeElement !== el) {
              el.focus();
              el.setSelectionRange(el.value.length, el.value.length);
            }
          }}
          onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              onCancel();
            } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          }}
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="edit-actions">
        <span class="muted">Ctrl+Enter saves · Esc cancels</span>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" class="primary" disabled={busy} onClick={() => void save()}>
          Save note
        </button>
      </div>
    </section>
  );
}

/** Edit, and delete with Undo, as in the popup; the page repaints its passages after either. */
function panelHandlers(onChanged: () => void, say: Say): NoteHandlers {
  const actions = noteActions(onChanged);
  return { onDelete: undoableDelete(actions, say), onSave: actions.onSave };
}

function ActorNotes({ actorId, handlers }: { actorId: string; handlers: NoteHandlers }) {
  const notes = useLiveQuery(() => searchNotes(db, { actorId }), [actorId]);
  const name = useLiveQuery(async () => (await actorNameOf(db, actorId)) ?? actorId, [actorId]);
  return (
    <section aria-label="Your notes about this actor">
      <h3>Your notes about {name.status === 'ready' ? name.value : '…'}</h3>
      {notes.status === 'ready' && <NoteList notes={notes.value} empty="No notes about this actor yet." {...handlers} />}
      {notes.status === 'error' && <p class="error">{notes.error}</p>}
    </section>
  );
}

/** The note of a passage the reader clicked on the page, to read, edit or delete. */
function OneNote({ noteId, handlers }: { noteId: string; handlers: NoteHandlers }) {
  const note = useLiveQuery(async () => (await db.notes.get(noteId)) ?? null, [noteId]);
  return (
    <section aria-label="Your note on this passage">
      <h3>Your note on this passage</h3>
      {note.status === 'ready' && (
        <NoteList notes={note.value ? [note.value] : []} empty="This note was deleted." {...handlers} />
      )}
    </section>
  );
}

function PageNotes({ url, handlers }: { url: string; handlers: NoteHandlers }) {
  const notes = usePageNotes([url]);
  return (
    <section aria-label="Notes on this page">
      <h3>Notes on this page</h3>
      {notes.status === 'ready' && (
        <NoteList notes={notes.value} empty="No notes on this page yet. Select a passage and press Note." {...handlers} />
      )}
      {notes.status === 'error' && <p class="error">{notes.error}</p>}
    </section>
  );
}

/** The per-site switch that keeps noted passages and watch-list names unpainted, with what a page can see. */
function PaintSwitch({ url, onChanged }: { url: string; onChanged: () => void }) {
  const [config, setConfig] = useState<PageConfig | null>(null);
  useEffect(() => {
    void request({ type: 'page.config', url })
      .then(setConfig)
      .catch(() => undefined);
  }, [url]);
  if (!config || !/^https?:/.test(url)) return null;
  const set = async (paintPrivate: boolean | null) => {
    setConfig(await request({ type: 'paint.site', url, paintPrivate }));
    onChanged();
  };
  return (
    <section aria-label="What this page can see">
      <h3>What {siteOf(url)} can see</h3>
      <label class="choice">
        <input
          type="checkbox"
          checked={config.paintPrivate}
          onChange={(e) => void set((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Paint my noted passages and watch-list names on {siteOf(url)}
      </label>
      <p class="muted">
        A page can list every passage Dossier paints on it. With this off, your noted passages and watch-list names stay unpainted
        on this site (your notes stay in the panel). The text of your notes never reaches any page.
      </p>
      {config.paintPrivateSite !== null && (
        <button type="button" onClick={() => void set(null)}>
          Follow the global setting
        </button>
      )}
    </section>
  );
}
