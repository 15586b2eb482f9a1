import { useBasename } from 'react-admin';

/** The read-only "open as client" page of one account (under the app's basename). */
export const CLIENT_VIEW_ROUTE = '/client-view/:id';

/** Links to it: react-router links need the `/admin` basename that react-admin adds to its own. */
export const useClientViewPath = () => {
  const basename = useBasename();
  return (userId: string): string => `${basename}/client-view/${encodeURIComponent(userId)}`;
};
