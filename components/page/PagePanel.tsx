import { useState } from 'preact/hooks';
import { ACTOR_TYPE_LABEL, type ForceMode, type ForceScope } from '@/utils/model/kinds';
import type { PageState } from '@/utils/model/page';
import { plainReasons } from './plain-reasons';
import { roleLine } from '@/utils/kb/card';

export interface PagePanelProps {
  state: PageState;
  onForce: (scope: ForceScope, mode: ForceMode) => void;
  onRevealActor: (actorId: string, index: number) => void;
  /** Whether Dossier highlights an article in a frame of this page (listed below the panel). */
  framed?: boolean;
  /** Shows the notes on a topic (the notebook filtered by it). */
  onTopic?: (topicId: string) => void;
}

/** The decision for the current tab with its reasons, the force switch, and the page's actors, topics and places. */
export function PagePanel({ state, onForce, onRevealActor, framed = false, onTopic }: PagePanelProps) {
  const { decision } = state;
  const why =
    decision &&
    plainReasons(
      decision,
      state.topics.map((t) => t.name),
    );
  const headline = state.active
    ? state.force === 'on'
      ? `Highlighting: switched on for this ${state.forceScope}`
      : 'Highlighting: this is a news article Dossier covers'
    : state.force === 'off'
      ? `Off: switched off for this ${state.forceScope}`
      : framed
        ? 'This page is a frame around the article: Dossier highlights it there (below)'
        : 'Not highlighted: not a news article on geopolitics or security';
  return (
    <section aria-labelledby="decision-title">
      <div class={state.active ? 'decision on' : 'decision off'}>
        <h2 id="decision-title">{headline}</h2>
        {decision && why && (
          <details class="why">
            <summary>Why?</summary>
            {why.plain.map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
            {state.modelError && <p class="model-error">{state.modelError}</p>}
            {state.knowledgeBase && state.knowledgeBase.state !== 'loaded' && (
              <p class="kb-problem">
                Reference list not loaded: {state.knowledgeBase.problem}. Only Dossier's curated names are recognised.
              </p>
            )}
            <details class="figures">
              <summary>Details</summary>
              <ul class="reasons">
                {why.details.map((r) => (
                  <li key={r}>{r}</li>
                ))}
                <li>confidence {decision.score.toFixed(2)}</li>
              </ul>
            </details>
          </details>
        )}
        <div class="force">
          <ForceSelect
            label="This page"
            value={state.forceScope === 'page' ? state.force : 'auto'}
            onChange={(mode) => onForce('page', mode)}
          />
          <ForceSelect
            label="This site"
            value={state.forceScope === 'site' ? state.force : 'auto'}
            onChange={(mode) => onForce('site', mode)}
          />
        </div>
      </div>
      {state.actors.length > 0 && (
        <>
          <h3>Actors in this article</h3>
          <ActorList state={state} onRevealActor={onRevealActor} />
        </>
      )}
      {state.topics.length > 0 && (
        <div class="topics">
          <h3 id="topics-title">Topics</h3>
          <ul aria-labelledby="topics-title">
            {state.topics.map((t) => (
              <li key={t.id}>
                <button type="button" class="topic" onClick={() => onTopic?.(t.id)} title="Show your notes on this topic">
                  {t.name} <Mentions count={t.count} />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.places.length > 0 && (
        <div class="places">
          <h3 id="places-title">Places named</h3>
          <p class="muted">Not highlighted: places are where things happen, not who acts.</p>
          <ul aria-labelledby="places-title">
            {state.places.map((p) => (
              <li key={p.id}>
                {p.name} <Mentions count={p.count} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** How often a topic or place is named: the figure shown, the word for screen readers. */
function Mentions({ count }: { count: number }) {
  return (
    <span class="count">
      {count}
      <span class="visually-hidden"> {count === 1 ? 'mention' : 'mentions'}</span>
    </span>
  );
}

/** The actors of a page (or of a frame in it), each a button that steps through its mentions there. */
export function ActorList({ state, onRevealActor }: Pick<PagePanelProps, 'state' | 'onRevealActor'>) {
  const [steps, setSteps] = useState<Record<string, number>>({});
  const step = (id: string) => {
    const next = (steps[id] ?? -1) + 1;
    setSteps({ ...steps, [id]: next });
    onRevealActor(id, next);
  };
  return (
    <ul class="actors">
      {state.actors.map((a) => (
        <li key={a.id}>
          <button type="button" class={`actor ${a.type}`} onClick={() => step(a.id)} title="Show the next mention on the page">
            <span class="swatch" aria-hidden="true" />
            <span class="name">
              {a.name}
              {a.facts && (
                <span class="role">
                  {roleLine(a.facts)}
                  {a.facts.alsoCalled.length ? ` · also called ${a.facts.alsoCalled.join(', ')}` : ''}
                </span>
              )}
            </span>
            <span class="type">{ACTOR_TYPE_LABEL[a.type]}</span>
            <span class="count" aria-label={`${a.count} mentions`}>
              {a.count}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function ForceSelect({ label, value, onChange }: { label: string; value: ForceMode; onChange: (mode: ForceMode) => void }) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as ForceMode)}>
        <option value="auto">Automatic</option>
        <option value="on">Always on</option>
        <option value="off">Always off</option>
      </select>
    </label>
  );
}
