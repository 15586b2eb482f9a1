import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import type { VideoPlacement } from 'src/coaching/entities/session-video.entity';
import { SESSIONS, type Session } from 'src/curriculum/sessions';

export const VIDEO_PLACEMENTS = ['intro', 'outro'] as const satisfies readonly VideoPlacement[];

// An absolute http(s) address, a path on this server, or a file name under COACH_VIDEO_BASE_URL;
// never `..`, so a relative name cannot climb out of the video folder.
const MEDIA_URL = /^(https?:\/\/[^\s]+|\/?(?!.*\.\.)[A-Za-z0-9][\w./-]*)$/;
const MEDIA_URL_MESSAGE =
  'must be an http(s) URL, a path starting with /, or a file name under the video base URL';

export class AdminVideoDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'welcome_intro', description: 'Stable name the curriculum refers to.' })
  key: string;

  @ApiProperty({ enum: SESSIONS, enumName: 'Session', example: 'welcome' })
  session: Session;

  @ApiProperty({ enum: VIDEO_PLACEMENTS, example: 'intro', description: 'Before or after the session.' })
  kind: VideoPlacement;

  @ApiProperty({ example: 'Welcome to identity coaching' })
  title: string;

  @ApiProperty({ example: 'welcome_intro.mp4', description: 'As stored: absolute, a path, or a file name.' })
  url: string;

  @ApiProperty({
    example: '/media/videos/welcome_intro.mp4',
    description: 'The address clients are given (file names resolved against the base URL).',
  })
  playUrl: string;

  @ApiProperty({ example: 95 })
  durationSeconds: number;

  @ApiProperty({ type: String, nullable: true, example: 'welcome_intro.en.vtt' })
  captionsUrl: string | null;

  @ApiProperty({ type: String, nullable: true, example: '/media/videos/welcome_intro.en.vtt' })
  captionsPlayUrl: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class AdminCreateVideoDto {
  @ApiProperty({ example: 'welcome_intro', maxLength: 80, pattern: '^[a-z0-9_]+$' })
  @IsString()
  @Length(1, 80)
  @Matches(/^[a-z0-9_]+$/, { message: 'key may hold lower-case letters, digits and _ only' })
  key: string;

  @ApiProperty({ enum: SESSIONS, enumName: 'Session' })
  @IsIn(SESSIONS)
  session: Session;

  @ApiProperty({ enum: VIDEO_PLACEMENTS, description: 'One intro and one outro per session at most.' })
  @IsIn(VIDEO_PLACEMENTS)
  kind: VideoPlacement;

  @ApiProperty({ maxLength: 200, example: 'Welcome to identity coaching' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ maxLength: 2000, example: 'https://cdn.example.com/welcome.mp4' })
  @IsString()
  @MaxLength(2000)
  @Matches(MEDIA_URL, { message: `url ${MEDIA_URL_MESSAGE}` })
  url: string;

  @ApiProperty({ minimum: 1, maximum: 86400, example: 95 })
  @IsInt()
  @Min(1)
  @Max(86_400)
  durationSeconds: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2000,
    example: 'https://cdn.example.com/welcome.en.vtt',
    description: 'WebVTT captions; null removes them.',
  })
  @IsOptional()
  // '' is what a cleared form field sends: like null, it removes the captions.
  @ValidateIf((_, value) => value !== null && value !== '')
  @IsString()
  @MaxLength(2000)
  @Matches(MEDIA_URL, { message: `captionsUrl ${MEDIA_URL_MESSAGE}` })
  captionsUrl?: string | null;
}

/** Everything but the key may change later: the key is what messages and cards refer to. */
export class AdminUpdateVideoDto extends PartialType(OmitType(AdminCreateVideoDto, ['key'] as const)) {}
