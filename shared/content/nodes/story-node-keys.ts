import { embedDeclaration } from './embed/embed-declaration';
import { footnoteDeclaration } from './footnote/footnote-declaration';
import { imageDeclaration } from './image/image-declaration';
import { pullQuoteDeclaration } from './pull-quote/pull-quote-declaration';
import { separatorDeclaration } from './separator/separator-declaration';

/** Presswork's own node declarations; free of Lexical, so the story schema can read them. */
export const storyNodeDeclarations = [pullQuoteDeclaration, imageDeclaration, embedDeclaration, separatorDeclaration, footnoteDeclaration] as const;

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
