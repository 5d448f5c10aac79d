/**
 * Every 4xx answer tells a person what went wrong in Italian and English. Ambito's own errors already
 * do ("<it> / <en>"); this gives the same to the messages of Strapi and its plugins (query validation,
 * authentication, routing), which are English only. Status, name and details are left untouched.
 */
const KNOWN: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Invalid key (.+)$/, (m) => `Parametro o campo non ammesso: ${m[1]}`],
  [/^Forbidden$/, () => 'Accesso negato'],
  [/^Not Found$/, () => 'Non trovato'],
  [/^Missing or invalid credentials$/, () => 'Credenziali mancanti o non valide: accedere di nuovo'],
  [/^Invalid identifier or password$/, () => 'Nome utente o password non validi'],
  [/^Your account has been blocked by an administrator$/, () => "Account bloccato dall'amministratore"],
  [/^Too many requests, please try again later\.?$/, () => 'Troppe richieste: riprovare più tardi'],
  [/JSON/, () => 'Il corpo della richiesta non è un JSON valido'],
  [/^Unauthorized$/, () => 'Accesso richiesto'],
  [/^Method Not Allowed$/, () => 'Metodo non ammesso'],
  [/^FileTooBig$|exceeds size limit/, () => 'File troppo grande'],
  [/^Payload Too Large$|too large/i, () => 'Richiesta troppo grande'],
];

export function bilingualMessage(message: string, status: number): string {
  if (message.includes(' / ')) return message;
  for (const [pattern, italian] of KNOWN) {
    const match = message.match(pattern);
    if (match) return `${italian(match)} / ${message}`;
  }
  return `Richiesta non accettata (errore ${status}) / ${message}`;
}

interface ErrorBody {
  error?: { status?: number; message?: unknown };
}

export default () => async (ctx: { status: number; body: unknown; path: string }, next: () => Promise<void>) => {
  await next();
  if (ctx.status < 400 || ctx.status >= 500 || !ctx.path.startsWith('/api/')) return;
  const body = ctx.body as ErrorBody | undefined;
  if (body?.error && typeof body.error.message === 'string') {
    body.error.message = bilingualMessage(body.error.message, ctx.status);
  }
};
