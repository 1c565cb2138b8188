// The types of typedoc-diagrams.mjs (a plain module, as typedoc loads plugins with Node), for the scripts in
// TypeScript that share its naming of the drawings.
import type { Application } from 'typedoc';

/** Where the drawn diagrams live, one SVG per distinct Mermaid block. */
export declare const DIAGRAMS_DIR: URL;
/** The file holding the drawing of a Mermaid block, named by a hash of its text. */
export declare function diagramFile(source: string): URL;
/** Registers the plugin with typedoc. */
export declare function load(app: Application): void;
