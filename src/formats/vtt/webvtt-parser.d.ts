// Types for the parts of the W3C `webvtt-parser` package that Parley uses (the package ships none).
declare module 'webvtt-parser' {
  export interface VttNode {
    type: 'object' | 'text' | 'timestamp';
    /** Tag name for objects: "v", "c", "i", "b", "u", "ruby", "rt", "lang", or "" for an unknown tag. */
    name?: string;
    classes?: string[];
    /** Voice name for <v>, language for <lang>, text for text nodes, seconds for timestamps. */
    value?: string | number;
    children?: VttNode[];
  }
  export interface VttCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: VttNode[] };
    direction: string;
    snapToLines: boolean;
    linePosition: number | 'auto';
    lineAlign: string;
    textPosition: number | 'auto';
    positionAlign: string;
    size: number;
    alignment: string;
    pauseOnExit: boolean;
  }
  export interface VttError {
    message: string;
    line: number;
    col?: number;
  }
  export interface VttParseResult {
    cues: VttCue[];
    errors: VttError[];
    styles: string[];
    time: number;
  }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: 'metadata' | 'chapters' | string): VttParseResult;
  }
  const lib: { WebVTTParser: typeof WebVTTParser };
  export default lib;
}
