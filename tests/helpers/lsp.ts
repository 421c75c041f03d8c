// A minimal Language Server Protocol client: starts a language server (the one an editor extension runs),
// opens a document and asks what an editor would ask: diagnostics, completions, hover.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}

export interface LanguageClient {
  /** Opens a document with the given text; resolves with the first diagnostics the server publishes for it. */
  open(file: string, languageId: string, text: string): Promise<Diagnostic[]>;
  completions(
    file: string,
    line: number,
    character: number,
  ): Promise<Array<{ label: string; documentation?: unknown }>>;
  hover(file: string, line: number, character: number): Promise<string>;
  close(): Promise<void>;
}

export async function startLanguageServer(options: {
  serverModule: string;
  root: string;
  initializationOptions?: Record<string, unknown>;
  /** Answers `workspace/configuration` requests, by section. */
  settings?: Record<string, unknown>;
}): Promise<LanguageClient> {
  const child: ChildProcess = spawn(process.execPath, [options.serverModule, '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const conn: MessageConnection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const waiting = new Map<string, Array<(d: Diagnostic[]) => void>>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    for (const resolve of waiting.get(p.uri) ?? []) resolve(p.diagnostics);
    waiting.delete(p.uri);
  });
  conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
    p.items.map((i) => options.settings?.[i.section ?? ''] ?? null),
  );
  conn.onRequest(() => null);
  conn.onNotification(() => {});
  conn.listen();

  const rootUri = pathToFileURL(options.root).href;
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
    capabilities: {
      textDocument: {
        publishDiagnostics: {},
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
    },
    initializationOptions: options.initializationOptions ?? {},
  });
  await conn.sendNotification('initialized', {});
  if (options.settings) await conn.sendNotification('workspace/didChangeConfiguration', { settings: options.settings });

  const uri = (file: string) => pathToFileURL(file).href;
  const text = (contents: unknown): string => {
    if (typeof contents === 'string') return contents;
    if (Array.isArray(contents)) return contents.map(text).join('\n');
    if (contents && typeof contents === 'object' && 'value' in contents) return String(contents.value);
    return '';
  };
  return {
    open(file, languageId, content) {
      const diagnostics = new Promise<Diagnostic[]>((resolve) =>
        waiting.set(uri(file), [...(waiting.get(uri(file)) ?? []), resolve]),
      );
      void conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri: uri(file), languageId, version: 1, text: content },
      });
      return diagnostics;
    },
    async completions(file, line, character) {
      const result = await conn.sendRequest<{ items?: unknown[] } | unknown[] | null>('textDocument/completion', {
        textDocument: { uri: uri(file) },
        position: { line, character },
      });
      return (Array.isArray(result) ? result : (result?.items ?? [])) as Array<{
        label: string;
        documentation?: unknown;
      }>;
    },
    async hover(file, line, character) {
      const result = await conn.sendRequest<{ contents?: unknown } | null>('textDocument/hover', {
        textDocument: { uri: uri(file) },
        position: { line, character },
      });
      return text(result?.contents);
    },
    async close() {
      await conn.sendRequest('shutdown').catch(() => {});
      conn.dispose();
      child.kill();
    },
  };
}
