// opencc-js ships its dictionaries as plain modules (`export default "乾 干|..."`)
// without type declarations of their own.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
