/// <reference lib="dom" />
// The playground: reads a search from a file, a drop or the text box, evaluates it with the
// library in this page and shows the HTML report. No network: the page's CSP forbids it.
import { evaluateSearch, formatHtml, parseSearch, SearchValidationError } from 'job-search-health';
import { fromRows, parseDelimited } from 'job-search-health/import';
import example from '../story/search.json';

/** Problems that stop a file from being read, one line each, each naming its row and column. */
class ReadProblems extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

/** A sheet with one row per application, as a spreadsheet or tracker exports it. */
function readSheet(text: string): unknown {
  const table = parseDelimited(text);
  const imported = fromRows(table.rows);
  const errors = [...table.issues, ...imported.issues].filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new ReadProblems(errors.map((issue) => issue.message));
  return imported.search;
}

/** How a kind of file becomes search input. Adding a format is one entry. */
interface Reader {
  /** File name endings it reads. */
  readonly extensions: readonly string[];
  /** Turns the file's text into search input (throws with a message on bad input). */
  readonly read: (text: string) => unknown;
}

const READERS: readonly Reader[] = [
  {
    extensions: ['.json'],
    read: (text) => {
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new Error(`This is not valid JSON: ${(error as Error).message}`);
      }
    },
  },
  { extensions: ['.csv', '.tsv'], read: readSheet },
];

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`missing #${id}`);
  return found as T;
}

const text = element<HTMLTextAreaElement>('text');
const asOf = element<HTMLInputElement>('as-of');
const status = element<HTMLDivElement>('status');
const problems = element<HTMLDivElement>('problems');
const result = element<HTMLElement>('result');
const frame = element<HTMLIFrameElement>('report');
const download = element<HTMLAnchorElement>('download');
const fileInput = element<HTMLInputElement>('file');
const drop = element<HTMLDivElement>('drop');

fileInput.accept = READERS.flatMap((r) => r.extensions).join(',');
element('accepted').textContent = READERS.flatMap((r) => r.extensions).join(', ');
asOf.value = new Date().toISOString().slice(0, 10);

/** The reader for a file name; the text box is read as JSON. */
function readerFor(name: string): Reader {
  const lower = name.toLowerCase();
  const reader = READERS.find((r) => r.extensions.some((e) => lower.endsWith(e)));
  if (!reader)
    throw new Error(
      `Cannot read "${name}": expected ${READERS.flatMap((r) => r.extensions).join(', ')}`,
    );
  return reader;
}

function showProblems(lines: readonly string[]): void {
  problems.replaceChildren();
  if (lines.length === 0) return;
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  problems.append(list);
}

let lastUrl: string | undefined;

async function show(input: unknown): Promise<void> {
  status.textContent = 'Evaluating…';
  try {
    const report = await evaluateSearch(input, asOf.value ? { asOf: asOf.value } : {});
    const search = parseSearch(input);
    const html = formatHtml(report, {
      search,
      ...(search.candidate?.name ? { name: search.candidate.name } : {}),
    });
    frame.srcdoc = html;
    if (lastUrl) URL.revokeObjectURL(lastUrl);
    lastUrl = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    download.href = lastUrl;
    result.hidden = false;
    showProblems([]);
    status.textContent = `Report ready: score ${report.score}, ${report.advice.length} pieces of advice.`;
  } catch (error) {
    result.hidden = true;
    status.textContent = '';
    if (error instanceof SearchValidationError)
      showProblems(error.issues.map((issue) => `${issue.path || '(top level)'}: ${issue.message}`));
    else showProblems([error instanceof Error ? error.message : String(error)]);
  }
}

async function showFile(file: File): Promise<void> {
  try {
    const content = await file.text();
    text.value = content;
    await show(readerFor(file.name).read(content));
  } catch (error) {
    showReadProblems(error);
  }
}

function showReadProblems(error: unknown): void {
  showProblems(error instanceof ReadProblems ? error.lines : [(error as Error).message]);
}

element<HTMLFormElement>('input').addEventListener('submit', (event) => {
  event.preventDefault();
  try {
    // Pasted text is a search in JSON when it starts like one, else a copied sheet.
    const pasted = text.value.trimStart().startsWith('{') ? 'pasted.json' : 'pasted.csv';
    void show(readerFor(pasted).read(text.value));
  } catch (error) {
    showReadProblems(error);
  }
});
element<HTMLButtonElement>('example').addEventListener('click', () => {
  text.value = JSON.stringify(example, null, 2);
  asOf.value = '2026-11-25';
  void show(example);
});
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void showFile(file);
});
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file) void showFile(file);
});
