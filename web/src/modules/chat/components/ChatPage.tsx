import { useDocumentTitle } from '@/modules/app-shell/hooks/useDocumentTitle';

/** `/app`: the coaching conversation. Being built in slices (stream, composer, history, cards). */
export function ChatPage() {
  useDocumentTitle('Chat');
  return (
    <section aria-labelledby="chat-heading" className="mx-auto max-w-3xl px-5 py-8">
      <h1 id="chat-heading" className="font-serif text-2xl font-semibold text-ink">
        Chat with your coach
      </h1>
    </section>
  );
}
