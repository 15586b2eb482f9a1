import type { IdentityCategory } from 'src/curriculum/categories';
import type { IdentityState } from 'src/curriculum/identity-states';
import type { IdentityEntity, IdentityNote } from 'src/coaching/entities/identity.entity';

/** An identity as the client API returns it (the controller's DTO mirrors this). */
export interface IdentityView {
  id: string;
  name: string;
  category: IdentityCategory;
  state: IdentityState;
  notes: IdentityNote[];
  iAmStatement: string | null;
  visualization: string | null;
  order: number;
  parentId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const toIdentityView = (identity: IdentityEntity): IdentityView => ({
  id: identity.id,
  name: identity.name,
  category: identity.category,
  state: identity.state,
  notes: identity.notes,
  iAmStatement: identity.iAmStatement,
  visualization: identity.visualization,
  order: identity.order,
  parentId: identity.parentId,
  createdAt: identity.createdAt.toISOString(),
  updatedAt: identity.updatedAt.toISOString(),
});
