/** What is wrong with a period typed by the user: a year outside 2000–2100, or `to` before `from`. */
export function periodProblem(from: string, to: string): 'from' | 'to' | 'order' | null {
  const year = (text: string) =>
    /^\d{4}$/.test(text.trim()) && Number(text) >= 2000 && Number(text) <= 2100 ? Number(text) : null;
  const start = year(from);
  const end = year(to);
  if (start === null) return 'from';
  if (end === null) return 'to';
  return end < start ? 'order' : null;
}
