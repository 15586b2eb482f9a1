import { Link } from '@tanstack/react-router';
import { NavIcon, type NavIconName } from '@/modules/app-shell/components/NavIcon';

interface NavItem {
  to: '/app' | '/app/identities' | '/app/studio' | '/app/memory' | '/app/account';
  label: string;
  icon: NavIconName;
  /** Extra words for the sidebar, where there is room to say what the page is for. */
  hint?: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/app', label: 'Chat', icon: 'chat' },
  { to: '/app/identities', label: 'Identities', icon: 'identities' },
  { to: '/app/studio', label: 'Studio', icon: 'studio', hint: 'Pictures of who you are becoming' },
  { to: '/app/memory', label: 'Memory', icon: 'memory', hint: 'What your coach remembers' },
  { to: '/app/account', label: 'Account', icon: 'account' },
];

export type AppNavLayout = 'sidebar' | 'tabs';

const styles: Record<AppNavLayout, { list: string; link: string }> = {
  sidebar: {
    list: 'flex flex-col gap-1',
    link:
      'flex items-center gap-3 rounded-xl px-3 py-2.5 text-sm font-medium text-ink-soft transition-colors ' +
      'hover:bg-brand-50 hover:text-ink aria-[current=page]:bg-brand-100 aria-[current=page]:text-brand-800',
  },
  tabs: {
    list: 'grid grid-cols-5',
    link:
      'flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-xs font-medium text-ink-soft ' +
      'aria-[current=page]:text-brand-700',
  },
};

/** The signed-in destinations; the router marks the current one with `aria-current="page"`. */
export function AppNavLinks({ layout }: { layout: AppNavLayout }) {
  const { list, link } = styles[layout];
  return (
    <ul className={list}>
      {NAV_ITEMS.map((item) => (
        <li key={item.to}>
          <Link to={item.to} activeOptions={{ exact: item.to === '/app' }} className={link}>
            <NavIcon name={item.icon} className={layout === 'tabs' ? 'size-6' : 'size-5'} />
            <span>{item.label}</span>
            {layout === 'sidebar' && item.hint ? <span className="sr-only">: {item.hint}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
