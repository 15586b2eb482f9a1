import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme } from 'vitepress';
import { withMermaid } from 'vitepress-plugin-mermaid';

// `npm run docs` builds docs/ into docs/.vitepress/dist (ignored by git). The sidebar is read
// from the folder, so a new guide shows up without touching this file; ORDER only sorts.

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const ORDER = [
  'architecture',
  'operations',
  'observability',
  'auth',
  'privacy',
  'coaching-engine',
  'prompts',
  'sentinel',
  'safety',
  'status',
];

/** A page's first `# ` heading, or its file name. */
const titleOf = (file: string): string =>
  /^# (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.trim() ?? basename(file, '.md');

const pagesIn = (folder: string, link: (name: string) => string): DefaultTheme.SidebarItem[] =>
  readdirSync(join(docsDir, folder))
    .filter((file) => file.endsWith('.md') && file !== 'index.md')
    .map((file) => basename(file, '.md'))
    .sort((a, b) => {
      const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
      return rank(a) - rank(b) || a.localeCompare(b);
    })
    .map((name) => ({ text: titleOf(join(docsDir, folder, `${name}.md`)), link: link(name) }));

export default withMermaid(
  defineConfig({
    title: 'Dev Coach',
    description: 'Architecture, operations and feature guides for Dev Coach',
    lang: 'en',
    cleanUrls: true,
    lastUpdated: false,
    // Guides point at the app on a developer's machine (http://localhost:8080); only those may
    // dangle. Any other dead link fails the build, and with it `npm test`.
    ignoreDeadLinks: 'localhostLinks',
    // Served from anywhere (a folder on a static host, GitHub Pages): set DOCS_BASE=/repo/.
    base: process.env.DOCS_BASE ?? '/',
    markdown: {
      // The high-contrast GitHub themes keep every token above 4.5:1 on the code background.
      theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      // The guides are written for GitHub too, where `{{key}}` in inline code is just text;
      // Vue would read it as an interpolation. Fenced blocks are already protected.
      config: (md) => {
        const render = md.renderer.rules.code_inline;
        md.renderer.rules.code_inline = (tokens, index, options, env, self) =>
          (render
            ? render(tokens, index, options, env, self)
            : self.renderToken(tokens, index, options)
          ).replace(/^<code/, '<code v-pre');
      },
    },
    themeConfig: {
      search: { provider: 'local' },
      outline: [2, 3],
      sidebar: [
        { text: 'Guides', items: pagesIn('.', (name) => `/${name}`) },
        // Not collapsible: a collapsible group's header is a button with a link inside it.
        { text: 'Decisions', items: pagesIn('adr', (name) => `/adr/${name}`) },
      ],
    },
    mermaid: {
      // Diagrams follow the reader's light or dark theme.
      securityLevel: 'strict',
    },
  }),
);
