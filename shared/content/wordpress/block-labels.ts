/** What a writer calls a block: the names WordPress's inserter shows, for messages and cards. */
const CORE_LABELS: Readonly<Record<string, string>> = {
  'core/paragraph': 'Paragraph',
  'core/heading': 'Heading',
  'core/list': 'List',
  'core/list-item': 'List item',
  'core/quote': 'Quote',
  'core/pullquote': 'Pull quote',
  'core/image': 'Image',
  'core/gallery': 'Gallery',
  'core/table': 'Table',
  'core/code': 'Code',
  'core/preformatted': 'Preformatted',
  'core/verse': 'Verse',
  'core/more': 'More',
  'core/nextpage': 'Page break',
  'core/separator': 'Separator',
  'core/spacer': 'Spacer',
  'core/columns': 'Columns',
  'core/column': 'Column',
  'core/group': 'Group',
  'core/cover': 'Cover',
  'core/media-text': 'Media & Text',
  'core/buttons': 'Buttons',
  'core/button': 'Button',
  'core/audio': 'Audio',
  'core/video': 'Video',
  'core/file': 'File',
  'core/block': 'Reusable block',
  'core/shortcode': 'Shortcode',
  'core/html': 'Custom HTML',
  'core/freeform': 'Classic',
  'core/latest-posts': 'Latest posts',
  'core/query': 'Query loop',
  'core/embed': 'Embed',
  'core/details': 'Details',
  'core/footnotes': 'Footnotes',
};

/** "Columns" for core/columns; a third party's block by its own name ("acme/chart"); classic HTML as "Classic". */
export function blockLabel(blockName: string | null): string {
  if (blockName === null) return 'Classic';
  const name = blockName.includes('/') ? blockName : `core/${blockName}`;
  const known = CORE_LABELS[name];
  if (known) return known;
  if (name.startsWith('core/')) {
    const words = name.slice('core/'.length).replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return name;
}
