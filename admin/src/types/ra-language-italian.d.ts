// ra-language-italian 3.x ships CommonJS without types.
declare module 'ra-language-italian' {
  import type { TranslationMessages } from 'react-admin';
  const italianMessages: TranslationMessages;
  export default italianMessages;
}
