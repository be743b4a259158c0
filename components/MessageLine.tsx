/**
 * The one message line of a Dossier page (popup, notebook panel): what just happened or
 * failed, with Undo when it can be taken back and a button to dismiss it. Its state is
 * `useMessage`'s; `box` is where the focus lands when the message asks for it.
 */
import type { Ref } from 'preact';
import type { Message } from '@/components/hooks/use-message';

export function MessageLine({ message, box, onDismiss }: { message: Message; box: Ref<HTMLDivElement>; onDismiss: () => void }) {
  return (
    <div class="message" role="status" tabIndex={-1} ref={box}>
      {message.text}
      {message.undo && (
        <button type="button" class="undo" onClick={() => message.undo?.()}>
          Undo
        </button>
      )}
      <button type="button" class="close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
