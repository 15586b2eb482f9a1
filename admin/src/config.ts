/** The backend serves this app under /admin/ (vite.config.ts `base`, backend static-assets.ts). */
export const ADMIN_BASENAME = '/admin';
