// aws-cdk-lib prints a jsii deprecation warning whenever a test passes a deprecated prop to the reference;
// the behaviour under test is the template, so keep the output readable.
process.env.JSII_DEPRECATED = 'quiet';

// aws-cdk-lib 2.276 validates every synthesized template with its built-in CloudFormation rules
// (a WebAssembly engine, re-initialized for each new set of resource types). Without the
// `@aws-cdk/core:validateAgainstDefaultRules` flag, which no test sets, its findings are printed as
// warnings and never fail a synthesis, so it decides no test here; it was a third of the unit tests' CPU
// time. CloudFormation validity is checked by cfn-lint (test/cfn-lint/, in `npm run test:shipped`).
process.env.CDK_VALIDATION = 'false';
