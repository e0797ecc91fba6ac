// The "Losant" log output channel. Every entry passes through the token mask, then is made one
// bounded line (logEntry), since entries quote the server (ids, messages) and the server could
// otherwise forge lines of its own.
import * as vscode from 'vscode';
import { logEntry, maskToken, type RequestLogEntry } from '../losant/index';

export class Log implements vscode.Disposable {
  private readonly channel: vscode.LogOutputChannel;
  private readonly secrets = new Set<string>();

  /** Channels are shared by name within the extension: a second Log needs its own name. */
  constructor(name = 'Losant') {
    this.channel = vscode.window.createOutputChannel(name, { log: true });
  }

  /** Registers a value that must never appear in the log (the token). */
  addSecret(value: string | undefined): void {
    if (value && value.length >= 4) this.secrets.add(value);
  }

  private mask(text: string): string {
    let out = text;
    for (const s of this.secrets) out = maskToken(out, s);
    return logEntry(out);
  }

  info(message: string): void {
    this.channel.info(this.mask(message));
  }

  warn(message: string): void {
    this.channel.warn(this.mask(message));
  }

  error(message: string): void {
    this.channel.error(this.mask(message));
  }

  request(e: RequestLogEntry): void {
    const line = `${e.method} ${e.path} ${e.status ?? e.error ?? '-'} ${e.ms}ms`;
    if (e.error || (e.status !== undefined && e.status >= 400)) this.warn(line);
    else this.info(line);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
