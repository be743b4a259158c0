// @vitest-environment happy-dom
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { expect, it } from 'vitest';
import { useFocusLater } from '@/components/hooks/use-focus-later';

let show: (on: boolean) => void = () => undefined;
let ask: () => void = () => undefined;

/** An outcome line that appears only once the work is done, as "Delete all data…" reports it. */
function Outcome() {
  const [shown, setShown] = useState(false);
  const line = useRef<HTMLParagraphElement>(null);
  const focusLater = useFocusLater();
  show = setShown;
  ask = () => focusLater(() => line.current);
  return (
    <div>
      <button type="button">Delete all data…</button>
      {shown && (
        <p tabIndex={-1} ref={line}>
          Deleted.
        </p>
      )}
    </div>
  );
}

it('waits for the element it was asked to focus, then focuses it once', () => {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(<Outcome />, root));
  const button = root.querySelector('button')!;
  button.focus();
  act(() => ask());
  expect(document.activeElement).toBe(button);
  act(() => show(true));
  expect(document.activeElement?.textContent).toBe('Deleted.');
  button.focus();
  act(() => show(false));
  act(() => show(true));
  expect(document.activeElement).toBe(button);
});
