/**
 * Property injection for task classes that aws-cdk-lib makes injectable.
 *
 * aws-cdk-lib lets an app register `PropertyInjectors` that rewrite a construct's props before the
 * construct sees them, keyed by the class's `PROPERTY_INJECTION_ID`. A task class whose reference twin is
 * injectable declares the same `PROPERTY_INJECTION_ID` and is decorated with `@propertyInjectable`, so an
 * injector registered for the reference class applies to ours too.
 *
 * The decorator is aws-cdk-lib's own (a public entry point of the package), so the lookup rules stay theirs.
 */
export { propertyInjectable } from 'aws-cdk-lib/core/lib/prop-injectable';
