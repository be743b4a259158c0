import { useState } from 'preact/hooks';
import { db } from '@/components/hooks/db';
import { useLiveQuery } from '@/components/use-live-query';
import { errorMessage } from '@/utils/db/errors';
import { noteCount } from '@/utils/db/queries';
import { hiddenEntries, watchList } from '@/utils/db/reader-lists';
import { getAllSettings, siteOverrides } from '@/utils/db/settings';
import { request } from '@/utils/messaging/channel';
import type { CustomActorRecord } from '@/utils/model/actor';
import { ACTOR_TYPES, DEFAULT_PALETTE, WATCH_TYPE_LABEL, WATCH_TYPES, type WatchType } from '@/utils/model/kinds';
import { DataSection } from './DataSection';

/** Examples in the form's empty fields, matching the kind chosen (the role field is absent for topics). */
const EXAMPLES: Record<WatchType, { name: string; aliases: string; role: string }> = {
  person: { name: 'Maria Kowalczyk', aliases: 'Kowalczyk', role: 'Deputy defence minister' },
  organization: { name: 'Baltic Grid Authority', aliases: 'BGA', role: 'Operator of the regional power grid' },
  country: { name: 'Transnistria', aliases: 'Pridnestrovie', role: 'Breakaway region of Moldova' },
  group: { name: 'Blue Harbor Group', aliases: 'BHG, Harbor Group', role: 'Hacker group tracked since 2024' },
  topic: { name: 'undersea cables', aliases: 'subsea cable', role: '' },
};
const SENSITIVITY = [
  { value: -1, label: 'Strict: only clear-cut stories' },
  { value: 0, label: 'Balanced' },
  { value: 1, label: 'Eager: also stories that touch the subjects' },
];

/** The options page: watch-list, hidden names, sites, detection, colours and data. */
export function Options() {
  const [error, setError] = useState<string | null>(null);
  const actors = useLiveQuery(() => watchList(db), []);
  const hidden = useLiveQuery(() => hiddenEntries(db), []);
  const settings = useLiveQuery(() => getAllSettings(db), []);
  const siteList = useLiveQuery(() => siteOverrides(db), []);
  const notes = useLiveQuery(() => noteCount(db), []);
  const sites = siteList.status === 'ready' ? siteList.value : [];
  const palette = settings.status === 'ready' ? settings.value.palette.value : DEFAULT_PALETTE;
  const sensitivity = settings.status === 'ready' ? settings.value.sensitivity.value : 0;
  const paintPrivate = settings.status === 'ready' ? settings.value.paintPrivate.value : true;
  const guard = (p: Promise<unknown>) => p.then(() => setError(null)).catch((err: unknown) => setError(errorMessage(err)));

  return (
    <div class="options">
      <header>
        <h1>
          <img src="/icon/32.png" alt="" width={24} height={24} /> Dossier options
        </h1>
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <WatchList actors={actors.status === 'ready' ? actors.value : []} guard={guard} />

      <section aria-labelledby="hidden-title">
        <h2 id="hidden-title">Hidden actors</h2>
        {hidden.status === 'ready' && hidden.value.length ? (
          <ul class="plain">
            {hidden.value.map((h) => (
              <li key={h.name}>
                <strong>{h.name}</strong>
                {h.wordings?.length ? (
                  <span class="muted"> (also written {h.wordings.map((w) => `“${w}”`).join(', ')})</span>
                ) : null}{' '}
                <button
                  type="button"
                  aria-label={`Highlight again: ${h.name}`}
                  onClick={() => guard(request({ type: 'hidden.remove', name: h.name }))}
                >
                  Highlight again
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">
            None. Point at a highlighted name and choose “Not an actor” to hide that actor, under all its names, everywhere.
          </p>
        )}
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Sites</h2>
        {sites.length ? (
          <ul class="plain">
            {sites.map((s) => (
              <li key={s.site}>
                {s.site}: <strong>{s.mode === 'on' ? 'always on' : 'always off'}</strong>{' '}
                <button type="button" onClick={() => guard(request({ type: 'site.reset', site: s.site }))}>
                  Back to automatic
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">
            Dossier decides on every site by itself. Switch a site on or off from the popup on one of its pages.
          </p>
        )}
      </section>

      <section aria-labelledby="detect-title">
        <h2 id="detect-title">Which pages</h2>
        <fieldset>
          <legend>Highlight articles when they are about geopolitics and security:</legend>
          {SENSITIVITY.map((s) => (
            <label key={s.value} class="choice">
              <input
                type="radio"
                name="sensitivity"
                checked={sensitivity === s.value}
                onChange={() => guard(request({ type: 'setting.set', key: 'sensitivity', value: s.value }))}
              />{' '}
              {s.label}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">What pages can see</h2>
        <label class="choice">
          <input
            type="checkbox"
            checked={paintPrivate}
            onChange={(e) =>
              guard(request({ type: 'setting.set', key: 'paintPrivate', value: (e.currentTarget as HTMLInputElement).checked }))
            }
          />{' '}
          Paint my noted passages and watch-list names on pages
        </label>
        <p class="muted">
          A page's scripts can list every passage Dossier paints on it: the actors and topics, and, while this is on, the passages
          you noted there and the names of your watch-list. With it off they stay unpainted everywhere (the notebook panel can
          change this for one site). The text of your notes never reaches any page.
        </p>
      </section>

      <section aria-labelledby="colours-title">
        <h2 id="colours-title">Colours</h2>
        <p class="muted">The defaults are told apart by readers with colour-vision deficiency.</p>
        <div class="row">
          {ACTOR_TYPES.map((type) => (
            <label key={type} class="colour">
              <input
                type="color"
                value={palette[type].toLowerCase()}
                onChange={(e) =>
                  guard(
                    request({
                      type: 'setting.set',
                      key: 'palette',
                      value: { ...palette, [type]: (e.currentTarget as HTMLInputElement).value },
                    }),
                  )
                }
              />{' '}
              {WATCH_TYPE_LABEL[type]}
            </label>
          ))}
          <button
            type="button"
            onClick={() => guard(request({ type: 'setting.set', key: 'palette', value: { ...DEFAULT_PALETTE } }))}
          >
            Reset colours
          </button>
        </div>
      </section>

      <DataSection db={db} noteCount={notes.status === 'ready' ? notes.value : 0} />
    </div>
  );
}

function WatchList({ actors, guard }: { actors: CustomActorRecord[]; guard: (p: Promise<unknown>) => Promise<void> }) {
  const [name, setName] = useState('');
  const [type, setType] = useState<WatchType>('person');
  const [aliases, setAliases] = useState('');
  const [role, setRole] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    void guard(
      request({
        type: 'actor.save',
        actor: {
          name,
          type,
          aliases: aliases
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean),
          ...(role.trim() && type !== 'topic' ? { role } : {}),
        },
      }).then(() => {
        setName('');
        setAliases('');
        setRole('');
      }),
    );
  };
  return (
    <section aria-labelledby="watch-title">
      <h2 id="watch-title">Your watch-list</h2>
      <p class="muted">Actors and topics Dossier does not know yet. They are highlighted on every article, like built-in ones.</p>
      <form class="watch-form" onSubmit={submit}>
        <label>
          Name{' '}
          <input
            required
            value={name}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            placeholder={EXAMPLES[type].name}
          />
        </label>
        <label>
          Kind{' '}
          <select value={type} onChange={(e) => setType((e.currentTarget as HTMLSelectElement).value as WatchType)}>
            {WATCH_TYPES.map((t) => (
              <option key={t} value={t}>
                {WATCH_TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Other names, comma-separated{' '}
          <input
            value={aliases}
            onInput={(e) => setAliases((e.currentTarget as HTMLInputElement).value)}
            placeholder={EXAMPLES[type].aliases}
          />
        </label>
        {type !== 'topic' && (
          <label>
            Who they are{' '}
            <input
              value={role}
              onInput={(e) => setRole((e.currentTarget as HTMLInputElement).value)}
              placeholder={EXAMPLES[type].role}
            />
          </label>
        )}
        {type !== 'topic' && (
          <p class="muted hint">
            To correct an actor Dossier already knows (a role out of date, a missing name), add it here under the same name: your
            role and names win on every page.
          </p>
        )}
        <button type="submit" class="primary">
          Add to watch-list
        </button>
      </form>
      {actors.length ? (
        <ul class="plain">
          {actors.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong>{' '}
              <span class="muted">
                ({WATCH_TYPE_LABEL[a.type]}
                {a.aliases.length ? `; also ${a.aliases.join(', ')}` : ''})
              </span>{' '}
              <button
                type="button"
                onClick={() => guard(request({ type: 'actor.remove', id: a.id }))}
                aria-label={`Remove ${a.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Empty. Add a name above.</p>
      )}
    </section>
  );
}
