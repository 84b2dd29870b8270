// Mocha's CommonJS build, loaded by path so the extension host needs no support for require(ESM).
declare module 'mocha/lib/mocha.cjs' {
  import Mocha from 'mocha';
  export default Mocha;
}
