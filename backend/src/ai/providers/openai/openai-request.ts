import type { ChatCompletionCreateParamsBase } from 'openai/resources/chat/completions/completions';
import type { ProviderRequest } from 'src/ai/ai.types';
import type { ModelCapabilities } from 'src/ai/models/model-capabilities';

export type ChatParams = Omit<ChatCompletionCreateParamsBase, 'stream' | 'stream_options'>;

/**
 * One request builder for every model: the capability table decides the response format,
 * whether temperature or reasoning effort is sent and which max-tokens parameter is used.
 */
export const buildChatParams = (request: ProviderRequest, capabilities: ModelCapabilities): ChatParams => {
  const messages = request.messages.map((message) => ({ role: message.role, content: message.content }));
  const params: ChatParams = { model: request.model, messages };

  if (request.responseFormat) {
    if (capabilities.structuredOutputs) {
      params.response_format = {
        type: 'json_schema',
        json_schema: {
          name: request.responseFormat.name,
          schema: request.responseFormat.schema,
          strict: true,
        },
      };
    } else {
      // JSON mode guarantees JSON but not the shape; the schema goes into the prompt and our
      // validator (with one repair attempt) enforces it.
      params.response_format = { type: 'json_object' };
      messages.push({
        role: 'system',
        content: `Answer with one JSON object that matches this JSON schema exactly:\n${JSON.stringify(
          request.responseFormat.schema,
        )}`,
      });
    }
  }

  // Reasoning models refuse both; the capability table says which models take them.
  if (capabilities.temperature && request.temperature !== undefined) {
    params.temperature = request.temperature;
  }
  if (capabilities.temperature && request.topP !== undefined) {
    params.top_p = request.topP;
  }
  if (capabilities.reasoning) {
    const effort = request.reasoningEffort ?? capabilities.defaultReasoningEffort;
    if (effort) {
      params.reasoning_effort = effort;
    }
  }
  const maxTokens = Math.min(request.maxOutputTokens, capabilities.maxOutputTokens);
  if (capabilities.maxTokensParam === 'max_completion_tokens') {
    params.max_completion_tokens = maxTokens;
  } else {
    params.max_tokens = maxTokens;
  }
  return params;
};
