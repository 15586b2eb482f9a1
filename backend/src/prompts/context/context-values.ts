import { CATEGORY_INFO, IDENTITY_CATEGORIES, type IdentityCategory } from 'src/curriculum/categories';
import { isBefore, PHASE_TARGET_STATE } from 'src/curriculum/identity-states';
import { GET_TO_KNOW_YOU_TOPICS, PHASE_INFO, TOPIC_LABELS } from 'src/curriculum/phases';
import type { ContextIdentity, ContextMessage, PromptContext } from 'src/curriculum/prompt-context';
import type { ContextKey } from 'src/prompts/context/context-keys';

/** How many messages `{{recent_messages}}` shows; the coach turn sends its history separately. */
export const RECENT_MESSAGES_IN_TEXT = 12;

// An empty list says why it is empty: "(none yet)" under "Still to refine" read to the model as
// "nothing added yet" when it meant "all done", so each key names its own empty case.
const EMPTY = {
  identities: '(no identities yet)',
  focused: '(none in this area yet)',
  clientList: '(the client has not listed anything here yet)',
  pendingDone: '(none left: every identity has reached this step)',
  pendingNoTarget: '(none: this phase does not work through identities one by one)',
  currentDone: '(none: every identity has reached this step)',
  currentNoTarget: '(none: this phase does not work on one identity at a time)',
  notes: '(no remembered notes)',
  messages: '(no messages yet: this is the start of the conversation)',
  skipped: '(no area skipped)',
} as const;

const live = (context: PromptContext): ContextIdentity[] =>
  context.identities.filter((identity) => identity.state !== 'archived');

// Ids are included because the model refers to identities by id in its actions.
const describeIdentity = (identity: ContextIdentity, all: ContextIdentity[]): string => {
  const parts = [
    `“${identity.name}”`,
    `category: ${identity.category}`,
    `state: ${identity.state}`,
    `id: ${identity.id}`,
  ];
  const parent = identity.parentId ? all.find((other) => other.id === identity.parentId) : undefined;
  if (parent) {
    parts.push(`nested under “${parent.name}”`);
  }
  if (identity.notes.length > 0) {
    parts.push(`notes: ${identity.notes.join(' | ')}`);
  }
  if (identity.iAmStatement) {
    parts.push(`statement: ${identity.iAmStatement}`);
  }
  return `- ${parts.join('; ')}`;
};

const listIdentities = (identities: ContextIdentity[], all: ContextIdentity[], empty: string): string =>
  identities.length > 0 ? identities.map((identity) => describeIdentity(identity, all)).join('\n') : empty;

const list = (items: string[], empty: string): string =>
  items.length > 0 ? items.map((item) => `- ${item}`).join('\n') : empty;

const categoryName = (category: IdentityCategory): string => `${CATEGORY_INFO[category].label} (${category})`;

// Every area in brainstorming order with where it stands, so the model moves the focus in order
// and never reopens a skipped area by accident.
const categoryOrder = (context: PromptContext, identities: ContextIdentity[]): string =>
  IDENTITY_CATEGORIES.map((category, index) => {
    const count = identities.filter((identity) => identity.category === category).length;
    const status = context.skippedCategories.includes(category)
      ? 'skipped'
      : count > 0
        ? `${count} ${count === 1 ? 'identity' : 'identities'}`
        : 'no identity yet';
    const focus = category === context.identityFocus ? ' ← focus now' : '';
    return `${index + 1}. ${categoryName(category)}: ${status}${focus}`;
  }).join('\n');

/** Whether the client wrote since the coach last spoke: the last message in the history is theirs. */
export const hasNewClientMessage = (context: PromptContext): boolean =>
  context.recentMessages[context.recentMessages.length - 1]?.role === 'user';

const NEW_CLIENT_MESSAGE = {
  yes: 'yes: the last message in the conversation is the client’s; answer it.',
  no: 'no: the client has not written since your last message (they pressed a button such as a video’s Continue or “I’m ready” after a break, or you are opening the next area right after your own reply). Do not answer, thank or react to anything as if they had just said it, and do not repeat your last message; pick up where the conversation is and open the current step with one short question.',
} as const;

export const pendingIdentities = (context: PromptContext): ContextIdentity[] => {
  const target = PHASE_TARGET_STATE[context.currentPhase];
  return target ? live(context).filter((identity) => isBefore(identity.state, target)) : [];
};

export const renderMessagesAsText = (messages: ContextMessage[]): string =>
  messages.length > 0
    ? messages
        .map((message) => {
          const speaker = message.role === 'user' ? 'Client' : 'Coach';
          const done = message.actionSummaries.map((summary) => `\n  (${summary})`).join('');
          return `${speaker}: ${message.content}${done}`;
        })
        .join('\n')
    : EMPTY.messages;

/**
 * Every context key rendered to text for one context. `focus_category_guide` is rendered by
 * the caller (it is a template itself) and passed in.
 */
export const renderContextValues = (
  context: PromptContext,
  focusCategoryGuide = '',
): Record<ContextKey, string> => {
  const identities = live(context);
  const focus = CATEGORY_INFO[context.identityFocus];
  const current = identities.find((identity) => identity.id === context.currentIdentityId);
  const asked = new Set<string>(context.askedQuestions);
  const open = GET_TO_KNOW_YOU_TOPICS.filter((topic) => !asked.has(topic));
  const hasTarget = PHASE_TARGET_STATE[context.currentPhase] !== undefined;
  return {
    user_name: context.userName,
    identities: listIdentities(identities, context.identities, EMPTY.identities),
    identity_count: String(identities.length),
    focus_category: `${focus.label} (${context.identityFocus}): ${focus.description}`,
    focus_category_guide: focusCategoryGuide,
    focused_identities: listIdentities(
      identities.filter((identity) => identity.category === context.identityFocus),
      context.identities,
      EMPTY.focused,
    ),
    category_order: categoryOrder(context, identities),
    skipped_categories: list(context.skippedCategories.map(categoryName), EMPTY.skipped),
    who_you_are: list(context.whoYouAre, EMPTY.clientList),
    who_you_want_to_be: list(context.whoYouWantToBe, EMPTY.clientList),
    asked_questions: [
      `Asked: ${context.askedQuestions.map((topic) => `${topic} (${TOPIC_LABELS[topic]})`).join(', ') || 'none yet'}.`,
      `Still open: ${open.map((topic) => `${topic} (${TOPIC_LABELS[topic]})`).join(', ') || 'none'}.`,
    ].join('\n'),
    current_identity: current
      ? describeIdentity(current, context.identities)
      : hasTarget
        ? EMPTY.currentDone
        : EMPTY.currentNoTarget,
    pending_identities: listIdentities(
      pendingIdentities(context),
      context.identities,
      hasTarget ? EMPTY.pendingDone : EMPTY.pendingNoTarget,
    ),
    user_notes: list(
      context.userNotes.map((note) => note.text),
      EMPTY.notes,
    ),
    current_phase: `${context.currentPhase} (${PHASE_INFO[context.currentPhase].label})`,
    recent_messages: renderMessagesAsText(context.recentMessages.slice(-RECENT_MESSAGES_IN_TEXT)),
    new_client_message: hasNewClientMessage(context) ? NEW_CLIENT_MESSAGE.yes : NEW_CLIENT_MESSAGE.no,
  };
};
