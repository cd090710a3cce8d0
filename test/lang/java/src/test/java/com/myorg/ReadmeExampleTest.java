package com.myorg;

import static com.myorg.Twins.assertSameTemplate;
import static com.myorg.Twins.read;
import static com.myorg.Twins.template;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java example (WorkflowApp, shown verbatim there), run as a user runs it. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleSynthesizesToTheTemplateOfTheReadmeTypeScriptExample() throws Exception {
        // GIVEN an output folder, as `cdk synth` gives the app through CDK_OUTDIR
        Path outdir = Files.createTempDirectory("cdk.out");
        ProcessBuilder run = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                WorkflowApp.class.getName())
                .inheritIO();
        run.environment().put("CDK_OUTDIR", outdir.toString());

        // WHEN the app runs in its own JVM
        assertEquals(0, run.start().waitFor(), "the app exited with an error");

        // THEN its template is the README TypeScript example's
        assertSameTemplate(template("readme", "using_it"), read(outdir.resolve("Workflow.template.json")));
    }
}
