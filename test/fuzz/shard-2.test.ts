import { describeFuzzShard } from './suite';

describeFuzzShard(1, 2);
