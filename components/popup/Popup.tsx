/**
 * The popup: two views behind tabs, *This page* (PageView) and *All notes* (NotebookView),
 * under a header with the Options link, and one message line for what just happened. The
 * state lives in hooks: the tab's in `usePageState`, the notebook's search in `useNotebook`
 * (kept while the reader switches views), the message in `useMessage`. A topic chosen on
 * *This page* opens *All notes* filtered by it; each view starts at its top.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useMessage } from '@/components/hooks/use-message';
import { MessageLine } from '@/components/MessageLine';
import { noteActions, undoableDelete } from '@/components/hooks/use-note-actions';
import { useNotebook } from '@/components/hooks/use-notebook';
import { usePageState } from '@/components/hooks/use-page-state';
import { NotebookView } from './NotebookView';
import { PageView } from './PageView';

type View = 'page' | 'all';

export function Popup() {
  const [view, setView] = useState<View>('page');
  const { message, box, say, dismiss } = useMessage();
  const tab = usePageState(say);
  const notebook = useNotebook(tab.page?.topics);
  const actions = noteActions(tab.repaint);
  const handlers = { onOpen: tab.open, onDelete: undoableDelete(actions, say), onSave: actions.onSave };
  const scroller = useRef<HTMLDivElement>(null);
  // Each view starts at its top: the scroll of the other view would leave the search box
  // under the sticky header.
  useEffect(() => scroller.current?.scrollTo({ top: 0 }), [view]);

  return (
    // Not a tab stop of its own (Firefox makes a scrolling box one): its controls are.
    <div class="popup" ref={scroller} tabIndex={-1}>
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} /> Dossier
          <button type="button" class="options-link" onClick={() => void browser.runtime.openOptionsPage()}>
            Options &amp; export
          </button>
        </h1>
        <ViewTabs view={view} onView={setView} />
      </header>
      {message && <MessageLine message={message} box={box} onDismiss={dismiss} />}
      {view === 'page' ? (
        <PageView
          page={tab.page}
          error={tab.error}
          framedArticles={tab.framedArticles}
          notes={tab.notes}
          actorNames={notebook.actorNames}
          onForce={(scope, mode) => void tab.force(scope, mode)}
          onRevealActor={tab.reveal}
          onTopic={(topicId) => {
            notebook.showTopic(topicId);
            setView('all');
          }}
          handlers={handlers}
        />
      ) : (
        <NotebookView notebook={notebook} handlers={handlers} />
      )}
    </div>
  );
}

/** The tab pattern: arrows, Home and End move between the tabs and select them. */
function ViewTabs({ view, onView }: { view: View; onView: (view: View) => void }) {
  const tab = (id: View, label: string) => (
    <button
      role="tab"
      id={`tab-${id}`}
      aria-controls="panel"
      tabIndex={view === id ? 0 : -1}
      aria-selected={view === id}
      onClick={() => onView(id)}
    >
      {label}
    </button>
  );
  return (
    <nav
      role="tablist"
      aria-label="Views"
      onKeyDown={(e) => {
        const next = ({ ArrowLeft: 'page', ArrowRight: 'all', Home: 'page', End: 'all' } as Record<string, View>)[e.key];
        if (!next) return;
        e.preventDefault();
        onView(next);
        document.getElementById(`tab-${next}`)?.focus();
      }}
    >
      {tab('page', 'This page')}
      {tab('all', 'All notes')}
    </nav>
  );
}
