import { AppBar, Layout, type LayoutProps, TitlePortal } from 'react-admin';

/** The page title is each page's one h1 (react-admin renders it as plain text by default). */
const AdminAppBar = () => (
  <AppBar>
    <TitlePortal component="h1" variant="h6" sx={{ fontSize: { xs: '1rem', sm: '1.25rem' } }} />
  </AppBar>
);

export const AdminLayout = ({ children }: LayoutProps) => <Layout appBar={AdminAppBar}>{children}</Layout>;
