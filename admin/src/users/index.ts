import UserIcon from '@mui/icons-material/People';
import { UserList } from './UserList';
import { userRepresentation } from './types';

export default {
  list: UserList,
  icon: UserIcon,
  recordRepresentation: userRepresentation,
};
