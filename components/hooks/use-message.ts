/**
 * The one message line of the popup: what just happened or failed, with Undo when it can be
 * taken back. `say(text, { undo, focus })` replaces the message; with `focus` the keyboard
 * focus moves to its Undo button (or to the message itself when it offers none), so a
 * reader whose focused card just disappeared is not left on the page's body.
 */
import { useRef, useState } from 'preact/hooks';
import { useFocusLater } from './use-focus-later';

export interface Message {
  text: string;
  undo?: () => void;
}

export type Say = (text: string, options?: { undo?: () => void; focus?: boolean }) => void;

export function useMessage() {
  const [message, setMessage] = useState<Message | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  const say: Say = (text, { undo, focus = false } = {}) => {
    setMessage({ text, undo });
    if (focus) focusLater(() => box.current?.querySelector<HTMLElement>('button.undo') ?? box.current);
  };
  return { message, box, say, dismiss: () => setMessage(null) };
}
