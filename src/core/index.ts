// The core's public surface: everything the editor glue and the command line use.
export * from './model';
export { extractSource } from './extract';
export { Corpus } from './corpus';
