import { lexicalNodeKeys, lexicalValueProblem } from './lexical-node-keys';
import { embedDeclaration } from './embed/embed-declaration';
import { footnoteDeclaration } from './footnote/footnote-declaration';
import { imageDeclaration } from './image/image-declaration';
import { preservedBlockDeclaration } from './preserved-block/preserved-block-declaration';
import { pullQuoteDeclaration } from './pull-quote/pull-quote-declaration';
import { separatorDeclaration } from './separator/separator-declaration';

/** Presswork's own node declarations; free of Lexical, so the story schema can read them. */
export const storyNodeDeclarations = [pullQuoteDeclaration, imageDeclaration, embedDeclaration, separatorDeclaration, footnoteDeclaration, preservedBlockDeclaration] as const;

const DECLARATIONS: ReadonlyMap<string, (typeof storyNodeDeclarations)[number]> = new Map(storyNodeDeclarations.map((d) => [d.type, d]));

/** The words a reader reads in a Presswork node's saved JSON (a pull quote, a caption); null for Lexical's own types. */
export function storyNodeReaderText(json: Record<string, unknown> & { type: string }): string | null {
  const declaration = DECLARATIONS.get(json.type);
  return declaration ? declaration.readerText(json) : null;
}

const KEYS: ReadonlyMap<string, readonly string[]> = new Map(storyNodeDeclarations.map((d) => [d.type, d.keys]));

/** The keys saved JSON of a Presswork node type may carry; undefined for any other type (Lexical's own). */
export function storyNodeKeys(type: string): readonly string[] | undefined {
  return KEYS.get(type);
}

/** The keys of `json` its Presswork node type does not declare; empty for Lexical's own types. */
export function undeclaredKeys(json: { type: string } & Record<string, unknown>): string[] {
  const keys = storyNodeKeys(json.type);
  return keys ? Object.keys(json).filter((key) => !keys.includes(key)) : [];
}

/** The keys any node type a story body may contain may carry, Presswork's and Lexical's; undefined for a type it cannot contain. */
export function bodyNodeKeys(type: string): readonly string[] | undefined {
  return KEYS.get(type) ?? lexicalNodeKeys.get(type);
}

export function undeclaredMessage(type: string, extra: readonly string[]): string {
  return `A "${type}" block in the story has ${extra.length === 1 ? 'a field' : 'fields'} this version of Presswork does not know (${extra.map((key) => `"${key}"`).join(', ')}).`;
}

/**
 * Why one node of a story body is refused (an unknown type, undeclared keys, a bad value); empty
 * when it is fine. `ignore` names value checks the caller settles another way.
 */
export function storyNodeProblems(json: { type: string } & Record<string, unknown>, options: { ignore?: readonly string[] } = {}): string[] {
  const { type } = json;
  const keys = bodyNodeKeys(type);
  if (!keys) return [`The story contains a "${type}" block, which this version of Presswork does not know.`];
  const problems: string[] = [];
  const extra = Object.keys(json).filter((key) => !keys.includes(key));
  if (extra.length > 0) problems.push(undeclaredMessage(type, extra));
  if (lexicalNodeKeys.has(type)) {
    for (const [key, value] of Object.entries(json)) {
      if (options.ignore?.includes(key)) continue;
      const what = lexicalValueProblem(type, key, value);
      if (what) problems.push(`A "${type}" block in the story has ${what} ("${key}").`);
    }
  }
  return problems;
}
