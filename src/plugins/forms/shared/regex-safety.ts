import type { LocalizedText } from './types';

/**
 * A heuristic against regular expressions that can take exponential time (ReDoS) on a crafted value:
 * - nested quantifiers that can split the same text in many ways: an unbounded repeat inside another,
 *   where the inner one can also start the next round (`(a+)+`, `(\w+\s?)*`, `(a*b*)*`); `(-[a-z]+)*` and
 *   `([A-Z][a-z]+ )*` are accepted, since something the inner repeat cannot match separates the rounds;
 * - alternatives that can start with the same character under an unbounded quantifier (`(a|ab)*`, `(\d|\w)+`).
 * Bounded repeats count like unbounded ones (`(a+){1,40}`, `(a|a){1,40}`, `(\w+\s?){1,60}`: a bound of 40
 * leaves 2^40 ways). It errs on the side of caution. The server decides: the console's copy of the check
 * and of the validator only saves a round trip (issue 15 point 8).
 */

export const MAX_PATTERN_LENGTH = 200;

/** Characters a part can start with: a finite set, or any character. */
type CharSet = Set<string> | 'any';

type Node =
  | { kind: 'chars'; set: CharSet }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; branches: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const range = (from: number, to: number): CharSet => {
  if (to - from > 1000) return 'any';
  const set = new Set<string>();
  for (let code = from; code <= to; code += 1) set.add(String.fromCodePoint(code));
  return set;
};
const union = (a: CharSet, b: CharSet): CharSet => (a === 'any' || b === 'any' ? 'any' : new Set([...a, ...b]));
const overlaps = (a: CharSet, b: CharSet) => a === 'any' || b === 'any' || [...a].some((char) => b.has(char));

const DIGITS = range(48, 57);
const WORD = union(union(union(DIGITS, range(65, 90)), range(97, 122)), new Set(['_']));
const SPACE = new Set([' ', '\t', '\n', '\r', '\f', '\v', '\u00a0']);
const ESCAPED: Record<string, CharSet> = {
  d: DIGITS,
  w: WORD,
  s: SPACE,
  n: new Set(['\n']),
  t: new Set(['\t']),
  r: new Set(['\r']),
};

/** Parses a pattern already known to compile in unicode mode. */
function parse(pattern: string): Node {
  let at = 0;
  const peek = () => pattern[at];

  const escape = (inClass: boolean): CharSet | null => {
    const char = pattern[at + 1];
    at += 2;
    if (ESCAPED[char]) return ESCAPED[char];
    if ('DWSpPuxck'.includes(char) || /[0-9]/.test(char)) {
      if (pattern[at] === '{' || pattern[at] === '<') at = pattern.indexOf(pattern[at] === '{' ? '}' : '>', at) + 1;
      return 'any';
    }
    if (!inClass && (char === 'b' || char === 'B')) return null;
    return new Set([char]);
  };

  const charClass = (): CharSet => {
    at += 1;
    const negated = peek() === '^';
    if (negated) at += 1;
    let set: CharSet = new Set<string>();
    let first = true;
    while (at < pattern.length && (peek() !== ']' || first)) {
      first = false;
      let from: CharSet | null;
      if (peek() === '\\') from = escape(true);
      else {
        const literal = String.fromCodePoint(pattern.codePointAt(at) as number);
        at += literal.length;
        from = new Set([literal]);
      }
      if (peek() === '-' && pattern[at + 1] !== ']' && from !== null && from !== 'any' && from.size === 1) {
        at += 1;
        const to = peek() === '\\' ? escape(true) : new Set([pattern[at++]]);
        const [start] = [...from];
        const end = to && to !== 'any' && to.size === 1 ? [...to][0] : start;
        from = range(start.codePointAt(0) as number, end.codePointAt(0) as number);
      }
      set = union(set, from ?? 'any');
    }
    at += 1;
    return negated ? 'any' : set;
  };

  const atom = (): Node => {
    const char = peek();
    if (char === '(') {
      at += 1;
      let lookaround = false;
      if (peek() === '?') {
        const head = pattern.slice(at, at + 3);
        lookaround = /^\?(=|!|<=|<!)/.test(head);
        if (head.startsWith('?<') && !lookaround) at = pattern.indexOf('>', at) + 1;
        else at += head.startsWith('?<') ? 3 : 2;
      }
      const body = alternation();
      at += 1;
      return lookaround ? { kind: 'repeat', node: body, min: 0, max: 1 } : body;
    }
    if (char === '[') return { kind: 'chars', set: charClass() };
    if (char === '\\') {
      const set = escape(false);
      return set === null ? { kind: 'empty' } : { kind: 'chars', set };
    }
    at += String.fromCodePoint(pattern.codePointAt(at) as number).length;
    if (char === '^' || char === '$') return { kind: 'empty' };
    return { kind: 'chars', set: char === '.' ? 'any' : new Set([char]) };
  };

  const quantified = (node: Node): Node => {
    const char = peek();
    let bounds: [number, number] | null = null;
    if (char === '*') bounds = [0, Infinity];
    else if (char === '+') bounds = [1, Infinity];
    else if (char === '?') bounds = [0, 1];
    if (bounds) at += 1;
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
      if (match) {
        at += match[0].length;
        const min = Number(match[1]);
        bounds = [min, match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])];
      }
    }
    if (!bounds) return node;
    if (peek() === '?') at += 1;
    return { kind: 'repeat', node, min: bounds[0], max: bounds[1] };
  };

  function sequence(): Node {
    const items: Node[] = [];
    while (at < pattern.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return { kind: 'seq', items };
  }

  function alternation(): Node {
    const branches = [sequence()];
    while (peek() === '|') {
      at += 1;
      branches.push(sequence());
    }
    return branches.length === 1 ? branches[0] : { kind: 'alt', branches };
  }

  return alternation();
}

function nullable(node: Node): boolean {
  if (node.kind === 'empty') return true;
  if (node.kind === 'chars') return false;
  if (node.kind === 'seq') return node.items.every(nullable);
  if (node.kind === 'alt') return node.branches.some(nullable);
  return node.min === 0 || nullable(node.node);
}

function firstChars(node: Node): CharSet {
  if (node.kind === 'empty') return new Set();
  if (node.kind === 'chars') return node.set;
  if (node.kind === 'alt') return node.branches.map(firstChars).reduce(union, new Set<string>());
  if (node.kind === 'repeat') return firstChars(node.node);
  let set: CharSet = new Set<string>();
  for (const item of node.items) {
    set = union(set, firstChars(item));
    if (!nullable(item)) break;
  }
  return set;
}

const children = (node: Node): Node[] =>
  node.kind === 'seq' ? node.items : node.kind === 'alt' ? node.branches : node.kind === 'repeat' ? [node.node] : [];

/** An unbounded repeat inside a part, with what may follow it up to the end of that part. */
interface Tail {
  repeat: Extract<Node, { kind: 'repeat' }>;
  restNullable: boolean;
  restFirst: CharSet;
}

function tails(node: Node): Tail[] {
  switch (node.kind) {
    case 'repeat': {
      const inner = tails(node.node);
      return node.max > 1 ? [...inner, { repeat: node, restNullable: true, restFirst: new Set<string>() }] : inner;
    }
    case 'alt':
      return node.branches.flatMap(tails);
    case 'seq':
      return node.items.flatMap((item, index) => {
        const after: Node = { kind: 'seq', items: node.items.slice(index + 1) };
        return tails(item).map((tail) => ({
          repeat: tail.repeat,
          restNullable: tail.restNullable && nullable(after),
          restFirst: tail.restNullable ? union(tail.restFirst, firstChars(after)) : tail.restFirst,
        }));
      });
    default:
      return [];
  }
}

/** `(X)*` where an unbounded repeat inside X could end one round and start the next: many ways to split. */
function hasAmbiguousNesting(outer: Extract<Node, { kind: 'repeat' }>): boolean {
  const start = firstChars(outer.node);
  return tails(outer.node).some(({ repeat, restNullable, restFirst }) => {
    const chars = firstChars(repeat.node);
    return overlaps(chars, start) && (restNullable || overlaps(chars, restFirst));
  });
}

function hasOverlappingAlternation(node: Node): boolean {
  if (node.kind === 'alt') {
    const sets = node.branches.map(firstChars);
    if (sets.some((a, i) => sets.some((b, j) => j > i && overlaps(a, b)))) return true;
  }
  return children(node).some(hasOverlappingAlternation);
}

/** Why a pattern is unsafe, in Italian and English; null when it is acceptable. */
export function checkPatternSafety(pattern: string): LocalizedText | null {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return {
      it: `espressione regolare troppo lunga (massimo ${MAX_PATTERN_LENGTH} caratteri)`,
      en: `regular expression too long (at most ${MAX_PATTERN_LENGTH} characters)`,
    };
  }
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { it: `espressione regolare non valida: ${reason}`, en: `invalid regular expression: ${reason}` };
  }
  const unsafe = (node: Node): LocalizedText | null => {
    // Bounded repeats too: `(a+){1,40}` backtracks as badly as `(a+)*` on a value of 30 characters.
    if (node.kind === 'repeat' && node.max > 1) {
      if (hasAmbiguousNesting(node)) {
        return {
          it: 'espressione regolare non sicura: quantificatori annidati',
          en: 'unsafe regular expression: nested quantifiers',
        };
      }
      if (hasOverlappingAlternation(node.node)) {
        return {
          it: 'espressione regolare non sicura: alternative sovrapposte sotto un quantificatore',
          en: 'unsafe regular expression: overlapping alternatives under a quantifier',
        };
      }
    }
    for (const child of children(node)) {
      const found = unsafe(child);
      if (found) return found;
    }
    return null;
  };
  return unsafe(parse(pattern));
}
