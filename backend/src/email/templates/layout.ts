// Every email is HTML and plain text written by us: a calm layout, one clear action, and a
// line on why the reader got it. Values are always escaped; only our markup is trusted.

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);

export interface LayoutParts {
  subject: string;
  preheader: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footnote: string;
}

const paragraph = (text: string): string =>
  `<p style="margin:0 0 16px;font-size:16px;line-height:1.6;color:#2d3142;">${escapeHtml(text)}</p>`;

const button = (label: string, url: string): string => `
      <table role="presentation" cellspacing="0" cellpadding="0" style="margin:8px 0 24px;">
        <tr><td style="border-radius:8px;background:#3d5a80;">
          <a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 22px;font-size:16px;font-weight:600;color:#ffffff;text-decoration:none;">${escapeHtml(label)}</a>
        </td></tr>
      </table>
      <p style="margin:0 0 16px;font-size:13px;line-height:1.5;color:#6b7080;">If the button does not work, copy this address into your browser:<br><span style="word-break:break-all;">${escapeHtml(url)}</span></p>`;

export const renderLayout = (parts: LayoutParts): RenderedEmail => {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(parts.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f1ec;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;">
  <span style="display:none;max-height:0;overflow:hidden;">${escapeHtml(parts.preheader)}</span>
  <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:32px 16px;">
    <table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="max-width:560px;background:#ffffff;border-radius:12px;">
      <tr><td style="padding:32px 32px 8px;font-size:14px;letter-spacing:0.08em;text-transform:uppercase;color:#98c1d9;font-weight:700;">Dev Coach</td></tr>
      <tr><td style="padding:8px 32px 24px;">
      ${paragraph(parts.greeting)}
      ${parts.paragraphs.map(paragraph).join('\n      ')}
      ${parts.action ? button(parts.action.label, parts.action.url) : ''}
      <p style="margin:24px 0 0;font-size:13px;line-height:1.5;color:#6b7080;">${escapeHtml(parts.footnote)}</p>
      </td></tr>
    </table>
  </td></tr></table>
</body>
</html>
`;
  const text = [
    parts.greeting,
    '',
    ...parts.paragraphs.flatMap((line) => [line, '']),
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ''] : []),
    '--',
    parts.footnote,
    '',
  ].join('\n');
  return { subject: parts.subject, html, text };
};

export const greetingFor = (firstName: string | undefined): string =>
  firstName?.trim() ? `Hi ${firstName.trim()},` : 'Hi there,';
