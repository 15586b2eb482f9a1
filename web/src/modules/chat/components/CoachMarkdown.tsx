import Markdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

export interface CoachMarkdownProps {
  text: string;
}

// Links from the coach open in a new tab and never carry our page as referrer.
const components: Components = {
  a: ({ node: _node, children, ...props }) => (
    <a {...props} target="_blank" rel="noopener noreferrer" className="font-medium text-brand-700 underline">
      {children}
    </a>
  ),
};

/**
 * The coach's text as Markdown. The model writes it, so it is sanitised: no raw HTML, no
 * script URLs, only the elements GitHub-style Markdown allows.
 */
export function CoachMarkdown({ text }: CoachMarkdownProps) {
  return (
    <div className="space-y-3 leading-relaxed break-words [&_blockquote]:border-l-2 [&_blockquote]:border-line [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-paper-deep [&_code]:px-1 [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:my-1 [&_ol]:list-decimal [&_ol]:pl-5 [&_strong]:font-semibold [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown rehypePlugins={[rehypeSanitize]} components={components}>
        {text}
      </Markdown>
    </div>
  );
}
