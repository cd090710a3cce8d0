import { destroyClients } from './harness';

afterAll(() => destroyClients());
