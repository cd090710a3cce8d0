// Package langtest tests the generated Go module against the TypeScript twins (test/lang/twins), whose
// templates scripts/test-lang.sh synthesizes into $TWINS_DIR.
package langtest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/jsii-runtime-go"
)

// exampleStack is the stack every example app builds into, as test/lang/twins/common.js makes it.
func exampleStack(app awscdk.App) awscdk.Stack {
	return awscdk.NewStack(app, jsii.String("Example"), &awscdk.StackProps{
		Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("us-east-1")},
	})
}

// twinTemplate is the template the twin `name` of `module` synthesized.
func twinTemplate(t *testing.T, module, name string) interface{} {
	t.Helper()
	return readJSON(t, filepath.Join(os.Getenv("TWINS_DIR"), module, name+".json"))
}

func readJSON(t *testing.T, file string) interface{} {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var value interface{}
	if err := json.Unmarshal(data, &value); err != nil {
		t.Fatal(err)
	}
	return value
}

// synthesize returns the template of `stack`, as decoded JSON.
func synthesize(t *testing.T, app awscdk.App, stack awscdk.Stack) interface{} {
	t.Helper()
	template := app.Synth(nil).GetStackByName(stack.StackName()).Template()
	// through JSON, so that numbers and maps have the types json.Unmarshal gives the twin's
	data, err := json.Marshal(template)
	if err != nil {
		t.Fatal(err)
	}
	var value interface{}
	if err := json.Unmarshal(data, &value); err != nil {
		t.Fatal(err)
	}
	return value
}

func assertSameTemplate(t *testing.T, expected, actual interface{}) {
	t.Helper()
	if !reflect.DeepEqual(expected, actual) {
		want, _ := json.MarshalIndent(expected, "", " ")
		got, _ := json.MarshalIndent(actual, "", " ")
		t.Fatalf("the template differs from the TypeScript twin's\nexpected: %s\nactual: %s", want, got)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	jsii.Close()
	os.Exit(code)
}
