package com.myorg;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/** The templates of the TypeScript twins (test/lang/twins), which scripts/test-lang.sh synthesizes. */
final class Twins {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Twins() {
    }

    /** The stack every example app builds into, as test/lang/twins/common.js makes it. */
    static Stack exampleStack(final App app) {
        return new Stack(app, "Example", StackProps.builder()
                .env(Environment.builder().account("123456789012").region("us-east-1").build())
                .build());
    }

    /** The template the twin `name` of `module` synthesized. */
    static JsonNode template(final String module, final String name) throws IOException {
        Path file = Path.of(System.getProperty("twins.dir"), module, name + ".json");
        return JSON.readTree(file.toFile());
    }

    /** The template of `stack`, as JSON. */
    static JsonNode synthesize(final Stack stack) {
        App app = (App) stack.getNode().getRoot();
        return JSON.valueToTree(app.synth().getStackByName(stack.getStackName()).getTemplate());
    }

    /** Reads a template file written by `cdk synth` or an app's own `app.synth()`. */
    static JsonNode read(final Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** Equal JSON, in any key order; a failure names the first path where they differ. */
    static void assertSameTemplate(final JsonNode expected, final JsonNode actual) {
        String difference = firstDifference(actual, expected, "$");
        if (difference != null) {
            fail("differs from the TypeScript twin's template at " + difference);
        }
    }

    /** The path and values where two JSON values first differ, or null when they are equal. */
    private static String firstDifference(final JsonNode actual, final JsonNode expected, final String path) {
        if (actual.isObject() && expected.isObject()) {
            Set<String> keys = new TreeSet<>();
            actual.fieldNames().forEachRemaining(keys::add);
            expected.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (!actual.has(key) || !expected.has(key)) {
                    return path + "." + key + ": " + (actual.has(key) ? "unexpected" : "missing") + " key";
                }
                String found = firstDifference(actual.get(key), expected.get(key), path + "." + key);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (actual.isArray() && expected.isArray()) {
            if (actual.size() != expected.size()) {
                return path + ": " + actual.size() + " items, expected " + expected.size();
            }
            for (int i = 0; i < actual.size(); i++) {
                String found = firstDifference(actual.get(i), expected.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return actual.equals(expected) ? null : path + ": " + actual + ", expected " + expected;
    }
}
