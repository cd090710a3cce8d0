import { describeFuzzShard } from './suite';

describeFuzzShard(0, 2);
