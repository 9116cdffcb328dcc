// Minimal declarations for the parts of Eleventy we use; Eleventy ships no types.
// Its loose shapes stay at this boundary (STYLE.md).
declare module "@11ty/eleventy" {
  export class Eleventy {
    constructor(input?: string, output?: string, options?: { quietMode?: boolean; configPath?: string; config?: (config: any) => void });
    toJSON(): Promise<Array<{ url: string; inputPath: string; outputPath: string | false; content: string }>>;
    write(): Promise<unknown>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  interface DevServer {
    serve(port: number): void;
    reload(event?: { subtype?: string; files?: string[]; build?: object }): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: {
    getServer(name: string, dir: string, options?: { liveReload?: boolean; domDiff?: boolean; showVersion?: boolean; portReassignmentRetryCount?: number }): DevServer;
  };
  export default EleventyDevServer;
}
