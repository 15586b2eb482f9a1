import { countTokens as countCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { countTokens as countO200k } from 'gpt-tokenizer/encoding/o200k_base';
import type { ChatMessage } from 'src/ai/ai.types';
import type { TokenEncoding } from 'src/ai/models/model-capabilities';
import { BoundedMemo } from 'src/common/memo/bounded-memo';

// Text from clients may contain "<|endoftext|>" and friends; count them as plain text
// instead of letting the tokenizer throw on a "disallowed special token".
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

// OpenAI's chat format adds a few tokens around every message and primes the reply; these are
// the documented constants for current chat models.
const TOKENS_PER_MESSAGE = 3;
const REPLY_PRIMING_TOKENS = 3;

// The same history messages, role names and response schema come back in every turn of a
// client (the last 20 messages are re-sent each time): a bounded memo of recent texts makes
// each count after the first a map lookup. Insertion order evicts the oldest entry; longer
// texts (rendered system prompts, which change with the context anyway) are counted without
// being kept, so the memo holds at most TOKEN_MEMO_ENTRIES × 4,096 characters.
export const TOKEN_MEMO_ENTRIES = 2_048;
const MEMO_MAX_CHARS = 4_096;
const memos: Record<TokenEncoding, BoundedMemo<string, number>> = {
  cl100k_base: new BoundedMemo(TOKEN_MEMO_ENTRIES),
  o200k_base: new BoundedMemo(TOKEN_MEMO_ENTRIES),
};

const tokenize = (text: string, encoding: TokenEncoding): number =>
  encoding === 'o200k_base' ? countO200k(text, PLAIN_TEXT) : countCl100k(text, PLAIN_TEXT);

export const countTextTokens = (text: string, encoding: TokenEncoding): number =>
  text.length > MEMO_MAX_CHARS
    ? tokenize(text, encoding)
    : memos[encoding].get(text, () => tokenize(text, encoding));

export const countMessageTokens = (message: ChatMessage, encoding: TokenEncoding): number =>
  TOKENS_PER_MESSAGE + countTextTokens(message.role, encoding) + countTextTokens(message.content, encoding);

/** Tokens a chat request's messages take, as the model will count them (within a few). */
export const countChatTokens = (messages: readonly ChatMessage[], encoding: TokenEncoding): number =>
  messages.reduce((sum, message) => sum + countMessageTokens(message, encoding), REPLY_PRIMING_TOKENS);
