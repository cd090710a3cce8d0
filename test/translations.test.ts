/**
 * The examples users of Python, Java, C# and Go read: every snippet of the tablet `npm run rosetta`
 * writes (`.jsii.tabl.json`, the source of every language's docs: README and API docs alike).
 *
 * A data key is a key the user's data carries through to the state machine (a payload field, a DynamoDB
 * attribute name, a Kubernetes manifest field): the key of an object literal whose type is a map, `any`,
 * `unknown` or nothing the compiler knows. Those are found in each example's TypeScript with the type
 * checker, and every one must appear in each translation exactly as written, as a quoted string.
 * (The keys of a struct literal are props, which each language renames to its own convention.)
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const root = path.join(__dirname, '..');
const LANGUAGES = ['python', 'java', 'csharp', 'go'];

interface Snippet {
  readonly translations: Record<string, { source: string }>;
  readonly location: { api: Record<string, string>; field: Record<string, unknown> };
  readonly didCompile?: boolean;
  readonly fullSource?: string;
}

function loadTablet(): Record<string, Snippet> {
  const tablet = path.join(root, '.jsii.tabl.json');
  const assembly = path.join(root, '.jsii');
  if (!fs.existsSync(tablet) || fs.statSync(tablet).mtimeMs < fs.statSync(assembly).mtimeMs) {
    throw new Error('No .jsii.tabl.json newer than .jsii: run `npm run build && npm run rosetta` before this test');
  }
  return JSON.parse(fs.readFileSync(tablet, 'utf-8')).snippets;
}

const snippets = Object.entries(loadTablet());

function where(s: Snippet): string {
  const api = s.location.api;
  const at = api.api === 'moduleReadme' ? `README.md:${s.location.field.line}` : `${api.fqn}${api.memberName ? '#' + api.memberName : ''}`;
  return `${at} (${s.location.field.field})`;
}

/** One program over every snippet (its source with the fixture), so the checker knows each literal's type. */
function typeCheck(): { program: ts.Program; files: Map<string, ts.SourceFile> } {
  const sources = new Map(snippets.map(([key, s], i) => [path.join(root, `__snippet_${i}.ts`), { key, text: s.fullSource ?? '' }]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    baseUrl: root,
    // The package itself, as its examples import it: the declarations `npm run build` wrote.
    paths: { 'cdk-stepfunctions-tasks': ['lib/index.d.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => sources.get(f)?.text ?? readFile(f);
  host.fileExists = (f) => sources.has(f) || fileExists(f);
  host.getSourceFile = (f, v) => sources.has(f) ? ts.createSourceFile(f, sources.get(f)!.text, v, true) : getSourceFile(f, v);
  const program = ts.createProgram([...sources.keys()], options, host);
  return { program, files: new Map([...sources].map(([f, { key }]) => [key, program.getSourceFile(f)!])) };
}

/** Whether an object literal holds data (map, `any`, `unknown`, untyped) rather than a struct's props. */
function isData(checker: ts.TypeChecker, node: ts.ObjectLiteralExpression): boolean {
  const contextual = checker.getContextualType(node);
  if (!contextual) {
    return true;
  }
  const type = checker.getNonNullableType(contextual);
  const candidates = type.isUnion() ? type.types : [type];
  return candidates.every((t) => (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.NonPrimitive)) !== 0
    || (t.getProperties().length === 0 && t.getStringIndexType() !== undefined));
}

function keyText(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;
}

/** The data keys of one snippet's visible source, and the string literals of that source. */
function dataKeys(checker: ts.TypeChecker, file: ts.SourceFile): { keys: string[]; strings: string[] } {
  const keys: string[] = [];
  const strings: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && isData(checker, node)) {
      for (const p of node.properties) {
        const key = p.name && keyText(p.name);
        if (key !== undefined) {
          keys.push(key);
        }
      }
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) {
      strings.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  // The fixture around the example holds no literals; it is visited too, which is harmless.
  visit(file);
  return { keys, strings };
}

function occurrences(text: string, quoted: string): number {
  return text.split(quoted).length - 1;
}

describe('the translated examples', () => {
  const { program, files } = typeCheck();
  const checker = program.getTypeChecker();

  test('the tablet holds every example, compiled and translated into every language', () => {
    // GIVEN the tablet's snippets
    // THEN there are examples, each compiled by strict rosetta and present in every language
    expect(snippets.length).toBeGreaterThan(80);
    const missing = snippets.flatMap(([, s]) => [
      ...(s.didCompile ? [] : [`${where(s)}: did not compile`]),
      ...LANGUAGES.filter((l) => !s.translations[l]?.source).map((l) => `${where(s)}: no ${l}`),
    ]);
    expect(missing).toEqual([]);
  });

  test('the type checker sees every example as rosetta compiled it', () => {
    // GIVEN the examples in one program
    // THEN none has a type error, so the types behind each literal are the ones rosetta saw
    const errors = [...files.values()].flatMap((f) => ts.getPreEmitDiagnostics(program, f))
      .map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(errors).toEqual([]);
  });

  test('finds the data keys the examples are known to carry', () => {
    // GIVEN every data key of every example
    const all = new Set([...files.values()].flatMap((f) => dataKeys(checker, f).keys));
    // THEN the detector sees DynamoDB attribute names, payload fields, Bedrock bodies and manifests
    expect([...all]).toEqual(expect.arrayContaining(['orderId', 'inputText', 'maxTokenCount', 'apiVersion', 'restartPolicy']));
    // AND no struct prop is taken for data
    expect([...all]).not.toEqual(expect.arrayContaining(['lambdaFunction']));
  });

  test.each(LANGUAGES)('%s keeps every data key as written', (language) => {
    // GIVEN each example's data keys, each counted with the equal string literals of its TypeScript
    const changed = snippets.flatMap(([key, s]) => {
      const { keys, strings } = dataKeys(checker, files.get(key)!);
      const translation = s.translations[language]?.source ?? '';
      // THEN the translation quotes each key at least as often as the TypeScript writes it
      return [...new Set(keys)].filter((k) => {
        const expected = keys.filter((x) => x === k).length + strings.filter((x) => x === k).length;
        return occurrences(translation, JSON.stringify(k)) < expected;
      }).map((k) => `${where(s)}: ${JSON.stringify(k)}`);
    });
    expect(changed).toEqual([]);
  });
});
