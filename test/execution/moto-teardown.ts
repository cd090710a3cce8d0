export { tearDown as default } from './moto-server';
