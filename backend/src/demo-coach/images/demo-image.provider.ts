import { DEMO_IMAGE_MODEL } from 'src/ai/config/ai.config';
import type {
  ImageEditRequest,
  ImageGenerateRequest,
  ImageProvider,
  ImageProviderCall,
  ImageProviderResult,
} from 'src/ai/images/image.types';
import { ImageGenerationError } from 'src/ai/images/image.types';
import { renderDemoImage } from 'src/demo-coach/images/demo-illustration';

/**
 * The studio's offline illustrator, bound to ai's OFFLINE_IMAGE_PROVIDER. It draws from the
 * structured subject, not the prompt text: a refine's instructions arrive in
 * `subject.instructions`, so the previous draft's bytes are not needed to redraw it.
 */
export class DemoImageProvider implements ImageProvider {
  readonly name = 'demo' as const;

  generate(request: ImageGenerateRequest, call: ImageProviderCall): Promise<ImageProviderResult> {
    return this.draw(request, call);
  }

  edit(request: ImageEditRequest, call: ImageProviderCall): Promise<ImageProviderResult> {
    return this.draw(request, call);
  }

  private async draw(request: ImageGenerateRequest, call: ImageProviderCall): Promise<ImageProviderResult> {
    if (request.signal?.aborted) {
      throw new ImageGenerationError('image_timeout', 'The call was cancelled.');
    }
    const image = await renderDemoImage(request.subject);
    return {
      ...image,
      model: call.model || DEMO_IMAGE_MODEL,
      usage: { inputTokens: 0, inputImageTokens: 0, outputTokens: 0 },
      attempts: 1,
    };
  }
}
