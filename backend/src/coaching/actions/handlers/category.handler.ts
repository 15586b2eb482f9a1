import { Injectable } from '@nestjs/common';
import { IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import type { ActionHandler } from 'src/coaching/actions/action-handler';
import { done, reject } from 'src/coaching/actions/action-outcome';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type { ActionOf, ActionOutcome } from 'src/coaching/actions/action.types';
import type { ActionWorkspace } from 'src/coaching/actions/action-workspace';

type CategoryType = 'focus_category' | 'skip_category' | 'unskip_category';

/** The first category after `skipped`, in brainstorming order, that is not skipped. */
const nextOpenCategory = (
  skipped: IdentityCategory,
  skippedAll: readonly IdentityCategory[],
): IdentityCategory | null =>
  IDENTITY_CATEGORIES.slice(IDENTITY_CATEGORIES.indexOf(skipped) + 1).find(
    (category) => !skippedAll.includes(category),
  ) ?? null;

// The brainstorming focus and the categories the client chose to skip.
@Injectable()
export class CategoryHandler implements ActionHandler<CategoryType> {
  readonly types = ['focus_category', 'skip_category', 'unskip_category'] as const;

  apply(workspace: ActionWorkspace, action: ActionOf<CategoryType>): Promise<ActionOutcome> {
    return Promise.resolve(this.decide(workspace, action));
  }

  private decide(workspace: ActionWorkspace, action: ActionOf<CategoryType>): ActionOutcome {
    const { state } = workspace;
    const { category } = action.params;
    const skipped = state.skippedCategories.includes(category);
    switch (action.type) {
      case 'focus_category':
        if (skipped) {
          return reject(ActionRejectionCode.CategorySkipped, `${category} is skipped; unskip it first.`);
        }
        state.identityFocus = category;
        workspace.touchState();
        return done(`Focused brainstorming on ${category}.`);
      case 'skip_category': {
        if (skipped) {
          return reject(ActionRejectionCode.CategoryAlreadySkipped, `${category} is already skipped.`);
        }
        state.skippedCategories = [...state.skippedCategories, category];
        workspace.touchState();
        // Skipping the category in focus moves brainstorming on, so the coach opens the next one.
        const next =
          state.identityFocus === category ? nextOpenCategory(category, state.skippedCategories) : null;
        if (next) {
          state.identityFocus = next;
          return done(`Skipped category ${category}; focus moved to ${next}.`);
        }
        return done(`Skipped category ${category}.`);
      }
      case 'unskip_category':
        if (!skipped) {
          return reject(ActionRejectionCode.CategoryNotSkipped, `${category} is not skipped.`);
        }
        state.skippedCategories = state.skippedCategories.filter((item) => item !== category);
        workspace.touchState();
        return done(`Reopened category ${category}.`);
    }
  }
}
