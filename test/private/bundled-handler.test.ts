import * as path from 'path';
import { bundledHandler } from '../../lib/private';

describe('bundledHandler', () => {
  test.each([
    ['eval-nodejs', '4c2b358e38d2a650cec335ac4eed7fee0b851abdf1b7ec37b4a6b72a604a4c70'],
    ['cross-region-aws-sdk', 'afe91334f6f7b6b6cf56e336e412c58a1a44b0c44786b5ba43efbe9478320f57'],
    ['role-policy', '5bcf535015bb7eaeda510657ba7f5fb23512efb7cb2d0880e466c7c6c53b29d0'],
  ])('finds the %s handler of the installed aws-cdk-lib with its declared asset hash', (name, hash) => {
    const handler = bundledHandler(name);
    expect(handler.assetHash).toBe(hash);
    expect(handler.directory).toBe(path.join(path.dirname(require.resolve('aws-cdk-lib/package.json')),
      'custom-resource-handlers', 'dist', 'aws-stepfunctions-tasks', `${name}-handler`));
  });

  test('throws when aws-cdk-lib ships no such handler, naming the installed version and the supported range', () => {
    expect(() => bundledHandler('no-such')).toThrow(
      /could not find the 'no-such' Lambda handler .* \(aws-cdk-lib 2\.276\.0 is installed; this library supports aws-cdk-lib \^2\.276\.0\)/);
  });
});
