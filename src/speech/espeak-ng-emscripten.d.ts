// The eSpeak-NG package ships no types; `Espeak` describes the part Parley uses.
declare module '@echogarden/espeak-ng-emscripten' {
  const init: (module?: Record<string, unknown>) => Promise<unknown>;
  export default init;
}
