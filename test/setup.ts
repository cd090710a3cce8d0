// aws-cdk-lib prints a jsii deprecation warning whenever a test passes a deprecated prop to the reference;
// the behaviour under test is the template, so keep the output readable.
process.env.JSII_DEPRECATED = 'quiet';
