import { CreateUsers1764057600000 } from 'src/database/migrations/1764057600000-CreateUsers';

// In timestamp order. A test checks that every migration file is listed here.
export const MIGRATIONS = [CreateUsers1764057600000];
