// "TK" (to come) marks a gap to fill before publication; only the standalone uppercase token counts,
// so words such as "TKO" or "atk" do not.
const TK = /(?<![\p{L}\p{N}])TK(?![\p{L}\p{N}])/gu;

export function countTks(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(TK)) count++;
  return count;
}
