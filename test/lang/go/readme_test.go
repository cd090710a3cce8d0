package langtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The README's Go example (readme/main.go, shown verbatim there), run as a user runs it.
func TestTheReadmeExampleSynthesizesToTheTemplateOfTheReadmeTypeScriptExample(t *testing.T) {
	// GIVEN an output folder, as `cdk synth` gives the app through CDK_OUTDIR
	outdir := t.TempDir()
	run := exec.Command("go", "run", "./readme")
	run.Env = append(os.Environ(), "CDK_OUTDIR="+outdir)
	run.Stdout, run.Stderr = os.Stdout, os.Stderr

	// WHEN the app runs
	if err := run.Run(); err != nil {
		t.Fatalf("the app failed: %v", err)
	}

	// THEN its template is the README TypeScript example's
	actual := readJSON(t, filepath.Join(outdir, "Workflow.template.json"))
	assertSameTemplate(t, twinTemplate(t, "readme", "using_it"), actual)
}
