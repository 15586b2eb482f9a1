import { Injectable } from '@nestjs/common';
import { TOPIC_LABELS } from 'src/curriculum/phases';
import type { ActionHandler } from 'src/coaching/actions/action-handler';
import { done } from 'src/coaching/actions/action-outcome';
import type { ActionOf, ActionOutcome } from 'src/coaching/actions/action.types';
import type { ActionWorkspace } from 'src/coaching/actions/action-workspace';
import { plural } from 'src/coaching/actions/summary-text';

type ListType = 'set_who_you_are' | 'set_who_you_want_to_be' | 'mark_question_asked';

// The warm-up lists and the get-to-know-you topics already asked.
@Injectable()
export class ClientListsHandler implements ActionHandler<ListType> {
  readonly types = ['set_who_you_are', 'set_who_you_want_to_be', 'mark_question_asked'] as const;

  apply(workspace: ActionWorkspace, action: ActionOf<ListType>): Promise<ActionOutcome> {
    const { state } = workspace;
    workspace.touchState();
    switch (action.type) {
      case 'set_who_you_are':
        state.whoYouAre = action.params.items;
        return Promise.resolve(
          done(`Set the “who I am now” list (${plural(action.params.items.length, 'item')}).`),
        );
      case 'set_who_you_want_to_be':
        state.whoYouWantToBe = action.params.items;
        return Promise.resolve(
          done(`Set the “who I want to be” list (${plural(action.params.items.length, 'item')}).`),
        );
      case 'mark_question_asked': {
        const topic = action.params.question;
        // Asking again is harmless; the list stays a set.
        if (!state.askedQuestions.includes(topic)) {
          state.askedQuestions = [...state.askedQuestions, topic];
        }
        return Promise.resolve(done(`Asked about ${TOPIC_LABELS[topic]}.`));
      }
    }
  }
}
