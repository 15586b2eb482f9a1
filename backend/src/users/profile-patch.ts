import type { UpdateMeDto } from 'src/users/dto/update-me.dto';
import type { UserEntity } from 'src/users/entities/user.entity';

// The profile fields a person may change, shared by the client's /me and staff edits.
export const toProfilePatch = (dto: UpdateMeDto): Partial<UserEntity> => {
  const patch: Partial<UserEntity> = {};
  if (dto.firstName !== undefined) {
    patch.firstName = dto.firstName.trim();
  }
  if (dto.lastName !== undefined) {
    patch.lastName = dto.lastName.trim();
  }
  if (dto.timezone !== undefined) {
    patch.timezone = dto.timezone;
  }
  if (dto.memoryEnabled !== undefined) {
    patch.memoryEnabled = dto.memoryEnabled;
  }
  return patch;
};
