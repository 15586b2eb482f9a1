import { Injectable, type OnModuleInit } from '@nestjs/common';
import { IdentityPictures } from 'src/coaching/identities/identity-pictures';
import { StudioFilesService } from 'src/studio/studio-files.service';

// Gives the coaching core's "I am" PDF the saved pictures (coaching cannot import the studio).
@Injectable()
export class IdentityPicturesRegistration implements OnModuleInit {
  constructor(
    private readonly pictures: IdentityPictures,
    private readonly files: StudioFilesService,
  ) {}

  onModuleInit(): void {
    this.pictures.register({
      picturesFor: (userId, identityIds) => this.files.savedPictures(userId, identityIds),
    });
  }
}
