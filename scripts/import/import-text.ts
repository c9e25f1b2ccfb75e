/** The text of an input file -> a validated dataset, whichever of the two formats it is in. */
import { parseJson, validateDataset } from '../../src/features/timeline/model/schema.ts';
import { readSheet } from './sheet-csv.ts';
import {
  ImportError,
  importTimeline,
  JSON_NAMING,
  type ImportOptions,
  type ImportResult,
} from './timelinejs.ts';

export type InputFormat = 'timelinejs' | 'csv';
export const INPUT_FORMATS: readonly InputFormat[] = ['timelinejs', 'csv'];

/** TimelineJS JSON starts with "{" (or, when broken, "["); anything else is read as a sheet. */
export function detectFormat(text: string): InputFormat {
  return /^\uFEFF?\s*[{[]/.test(text) ? 'timelinejs' : 'csv';
}

export interface ImportTextOptions extends ImportOptions {
  /** The input's format; detected from its content when not given. */
  from?: InputFormat | undefined;
}

/**
 * Imports a TimelineJS JSON file or sheet CSV. Throws ImportError when the input cannot be read
 * (the message names line and column); everything else comes back as warnings.
 */
export async function importText(
  text: string,
  options: ImportTextOptions,
): Promise<ImportResult & { format: InputFormat }> {
  const format = options.from ?? detectFormat(text);
  let result: ImportResult;
  if (format === 'timelinejs') {
    const json = await parseJson(text.replace(/^\uFEFF/, ''));
    if (!json.ok) throw new ImportError(json.problem);
    result = importTimeline(
      { timeline: json.value, naming: JSON_NAMING, publisher: 'TimelineJS timeline' },
      options,
    );
  } else {
    const sheet = readSheet(text);
    result = importTimeline(
      {
        timeline: sheet.timeline,
        naming: sheet.naming,
        publisher: options.fileName,
        warnings: sheet.warnings,
      },
      options,
    );
  }
  // The importer must never write a file that the build would refuse.
  const checked = validateDataset(result.dataset);
  if (!checked.ok) {
    throw new Error(`the importer made an invalid dataset (a bug):\n  ${checked.problems.join('\n  ')}`);
  }
  return { ...result, format };
}
