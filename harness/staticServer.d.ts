export interface StaticServer {
    url: string;
    close(): Promise<void>;
}
export declare function serveStatic(root: string): Promise<StaticServer>;
