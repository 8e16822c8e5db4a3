import { InkList, Story } from 'inkjs';
import { PARTIAL_MARK, PartialStoryError } from './partial.ts';
import { parseTags, type Tag } from './tags.ts';

/** One line of story output with its parsed tags; `tagErrors` lists tags outside the vocabulary. */
export interface StoryLine {
  readonly text: string;
  readonly tags: readonly Tag[];
  readonly tagErrors: readonly { raw: string; error: string }[];
  /** For a line tagged `recalls: VAR`: the variable's value at the moment ink printed the line (null if no such variable). */
  readonly recalled?: { readonly name: string; readonly value: VarValue | null };
}

/** One option on offer: its index for choose(), its text and tags, and the knot (and stitch) that offers it. */
export interface StoryChoice {
  readonly index: number;
  readonly text: string;
  readonly tags: readonly Tag[];
  readonly knot: string;
}

/** `feb_start.arms.0.c-1` -> `feb_start.arms`: the named part of a path, for messages to writers. */
function named(path: string): string {
  return path
    .split('.')
    .filter((part) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(part))
    .join('.');
}

/** A variable's value as the core sees it: lists become their item names, in list order. */
export type VarValue = number | boolean | string | readonly string[];

/** Read-only snapshot of every global variable, by name. */
export type Variables = Readonly<Record<string, VarValue>>;

/** Called with each ink runtime error or warning. */
export type StoryErrorHandler = (message: string, kind: 'error' | 'warning') => void;

function listItems(list: InkList): string[] {
  return list.orderedItems.map((pair) => pair.Key.itemName ?? '').filter((name) => name !== '');
}

/** The story's global variable names, read from its "global decl" block without parsing the whole JSON again. */
function globalNames(json: string): string[] {
  const start = json.lastIndexOf('"global decl"');
  const block = start >= 0 ? json.slice(start) : '';
  return [...block.matchAll(/\{"VAR=":"([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** The names of the story's LIST definitions. */
function listNames(json: string): string[] {
  const start = json.lastIndexOf('"listDefs"');
  if (start < 0) return [];
  return [...json.slice(start).matchAll(/"([A-Za-z_][A-Za-z0-9_]*)":\{/g)].map((m) => m[1] ?? '');
}

/**
 * The only code that touches inkjs: runs a compiled story and reports lines, choices and variables
 * in plain data. Deterministic: the same choices give the same lines.
 */
export class StoryRunner {
  private readonly story: Story;
  private readonly names: readonly string[];
  private readonly listNames: ReadonlySet<string>;
  // Read once per state: the view, the force changes and the next step all ask, and each read parses tags or walks lists.
  private choiceCache: StoryChoice[] | null = null;
  private varCache: Variables | null = null;

  constructor(json: string, onError: StoryErrorHandler = () => {}) {
    this.story = new Story(json);
    this.story.onError = (message, type) => onError(message, type === 1 ? 'warning' : 'error');
    this.listNames = new Set(listNames(json));
    this.names = globalNames(json).filter((n) => !this.listNames.has(n));
  }

  /** Names of the story's global variables (LIST definitions excluded). */
  variableNames(): readonly string[] {
    return this.names;
  }

  /** Runs until the next choices or the end, returning every non-empty line; tag-only lines are kept with empty text. */
  continue(): StoryLine[] {
    this.moved();
    const lines: StoryLine[] = [];
    while (this.story.canContinue) {
      const text = (this.story.Continue() ?? '').trim();
      if (text === PARTIAL_MARK) throw new PartialStoryError();
      const { tags, errors } = parseTags(this.story.currentTags ?? []);
      if (text === '' && tags.length === 0 && errors.length === 0) continue;
      const recalls = tags.find((t) => t.kind === 'recalls');
      // Read now, not after the step: the line may be followed by a change to the very variable it recalls.
      if (recalls) lines.push({ text, tags, tagErrors: errors, recalled: { name: recalls.value, value: this.value(recalls.value) } });
      else lines.push({ text, tags, tagErrors: errors });
    }
    return lines;
  }

  /** The options on offer now. */
  choices(): StoryChoice[] {
    this.choiceCache ??= this.story.currentChoices.map((c) => ({
      index: c.index,
      text: c.text.trim(),
      tags: parseTags(c.tags ?? []).tags,
      knot: named(c.sourcePath),
    }));
    return [...this.choiceCache];
  }

  /** Takes option `index` of the current choices; throws a RangeError for an index not on offer. */
  choose(index: number): void {
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) throw new RangeError(`No choice ${index}: ${count} on offer`);
    this.moved();
    this.story.ChooseChoiceIndex(index);
  }

  /** Every global variable's current value. */
  variables(): Variables {
    if (this.varCache) return this.varCache;
    const out: Record<string, VarValue> = {};
    for (const name of this.names) {
      const value = this.value(name);
      if (value !== null) out[name] = value;
    }
    this.varCache = Object.freeze(out);
    return this.varCache;
  }

  /** One global variable's current value, or null if the story has no such variable. */
  value(name: string): VarValue | null {
    const value = this.story.variablesState.$(name);
    if (value instanceof InkList) return listItems(value);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
    return null;
  }

  /** Calls an ink function by name (for the act presets of the jump menu); returns what it returns. */
  call(name: string): unknown {
    this.moved();
    return this.story.EvaluateFunction(name);
  }

  /** Moves to a knot by name, as a divert would. */
  goTo(knot: string): void {
    this.moved();
    this.story.ChoosePathString(knot);
  }

  /** Whether a knot or function of that name exists. */
  hasKnot(name: string): boolean {
    return this.story.KnotContainerWithName(name) !== null;
  }

  /** The whole ink state as JSON (variables, position, visit counts). */
  saveState(): string {
    return this.story.state.ToJson();
  }

  /** Restores a state made by saveState(). */
  loadState(json: string): void {
    this.moved();
    this.story.state.LoadJson(json);
  }

  /** Back to the very beginning, with every variable at its initial value. */
  reset(): void {
    this.moved();
    this.story.ResetState();
  }

  private moved(): void {
    this.choiceCache = null;
    this.varCache = null;
  }
}
