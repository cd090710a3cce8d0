/**
 * The README's Python, Java and Go examples are the very apps the language tests run (`npm run
 * test:lang` synthesizes each and compares it with the README's TypeScript example), shown verbatim.
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');

/** The fenced blocks of one language in the README's "## Other languages" section. */
function readmeBlocks(language: string): string[] {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf-8');
  const section = readme.split(/^## Other languages$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]);
}

describe('the README per-language examples', () => {
  test.each([
    ['python', 'test/lang/python/readme_app.py'],
    ['java', 'test/lang/java/src/main/java/com/myorg/WorkflowApp.java'],
    ['go', 'test/lang/go/readme/main.go'],
  ])('the %s example is %s, word for word', (language, file) => {
    // GIVEN the app the language test runs
    const app = fs.readFileSync(path.join(root, file), 'utf-8');

    // WHEN the README's blocks of that language are read
    const blocks = readmeBlocks(language);

    // THEN one of them is that app
    expect(blocks).toContain(app);
  });
});
