import { CATEGORY_INFO } from 'src/curriculum/categories';
import { isBefore, PHASE_TARGET_STATE } from 'src/curriculum/identity-states';
import { GET_TO_KNOW_YOU_TOPICS, PHASE_INFO, TOPIC_LABELS } from 'src/curriculum/phases';
import type { ContextIdentity, ContextMessage, PromptContext } from 'src/curriculum/prompt-context';
import type { ContextKey } from 'src/prompts/context/context-keys';

/** How many messages `{{recent_messages}}` shows; the coach turn sends its history separately. */
export const RECENT_MESSAGES_IN_TEXT = 12;

const NONE = '(none yet)';

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

const listIdentities = (identities: ContextIdentity[], all: ContextIdentity[]): string =>
  identities.length > 0 ? identities.map((identity) => describeIdentity(identity, all)).join('\n') : NONE;

const list = (items: string[]): string =>
  items.length > 0 ? items.map((item) => `- ${item}`).join('\n') : NONE;

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
    : NONE;

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
  return {
    user_name: context.userName,
    identities: listIdentities(identities, context.identities),
    identity_count: String(identities.length),
    focus_category: `${focus.label} (${context.identityFocus}): ${focus.description}`,
    focus_category_guide: focusCategoryGuide,
    focused_identities: listIdentities(
      identities.filter((identity) => identity.category === context.identityFocus),
      context.identities,
    ),
    who_you_are: list(context.whoYouAre),
    who_you_want_to_be: list(context.whoYouWantToBe),
    asked_questions: [
      `Asked: ${context.askedQuestions.map((topic) => `${topic} (${TOPIC_LABELS[topic]})`).join(', ') || 'none yet'}.`,
      `Still open: ${open.map((topic) => `${topic} (${TOPIC_LABELS[topic]})`).join(', ') || 'none'}.`,
    ].join('\n'),
    current_identity: current ? describeIdentity(current, context.identities) : '(none)',
    pending_identities: listIdentities(pendingIdentities(context), context.identities),
    user_notes: list(context.userNotes.map((note) => note.text)),
    current_phase: `${context.currentPhase} (${PHASE_INFO[context.currentPhase].label})`,
    recent_messages: renderMessagesAsText(context.recentMessages.slice(-RECENT_MESSAGES_IN_TEXT)),
  };
};
