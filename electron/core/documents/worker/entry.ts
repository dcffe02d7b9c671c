/** The document worker thread: PDF rendering (pdf.js), PDF/A assembly, letters and reports (pdf-lib) off the core's event loop. */
import { parentPort } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse, WorkerResult } from './protocol';
import { Refusal } from './refusal';

const port = parentPort;
if (!port) throw new Error('documents worker: no parent port');

port.on('message', (req: WorkerRequest) => {
  void handle(req);
});

async function handle(req: WorkerRequest): Promise<void> {
  const progress = (done: number, total: number) => post({ id: req.id, kind: 'progress', done, total });
  try {
    let result: WorkerResult;
    let transfer: ArrayBuffer[] = [];
    if (req.task === 'renderPdf') {
      // Loaded on first use: pdf.js is large, and most tasks only assemble PDFs.
      const { renderPdf } = await import('./renderPdf');
      const pages = await renderPdf(req.pdf, req, progress);
      result = { task: 'renderPdf', pages };
      transfer = pages.map((p) => p.png.buffer as ArrayBuffer);
    } else if (req.task === 'renderLetter') {
      const { renderLetter } = await import('../../letters/pdf/renderLetter');
      const { pdf, pages } = await renderLetter(req.input);
      result = { task: 'renderLetter', pdf, pages };
      transfer = [pdf.buffer as ArrayBuffer];
    } else if (req.task === 'renderReport') {
      const { renderReport } = await import('../../reports/pdf/renderReport');
      const { pdf, pages } = await renderReport(req.input);
      result = { task: 'renderReport', pdf, pages };
      transfer = [pdf.buffer as ArrayBuffer];
    } else {
      const { assemblePdf } = await import('./assemblePdf');
      const pdf = await assemblePdf(req.pages, req.meta, req, progress);
      result = { task: 'assemblePdf', pdf };
      transfer = [pdf.buffer as ArrayBuffer];
    }
    post({ id: req.id, kind: 'done', result }, transfer);
  } catch (e) {
    post({ id: req.id, kind: 'error', message: e instanceof Error ? e.message : String(e), refusal: e instanceof Refusal });
  }
}

function post(msg: WorkerResponse, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(msg, transfer);
}
