/**
 * SpreadsheetApp.getUi(): menus, alerts, prompts, dialogs and sidebars, all recorded for tests.
 * Alerts and prompts return the answer queued with FakeWorkbook.answerNext, else the first button of
 * their ButtonSet (OK for the default set) with text ''. Ui methods and Menu.addToUi are counted;
 * the other Menu builder steps and PromptResponse getters are local and not counted.
 */
import { EnumValue } from '../enum-value';
import { Button, ButtonSet } from './enums';
import { expose, unwrap } from './exposed';
import type { RecordedMenu, SpreadsheetEnv, UiAnswer } from './spreadsheet-env';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type ButtonName = NonNullable<UiAnswer['button']>;

const BUTTONS_OF_SET: Record<string, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** A menu being built by createMenu; recorded when added to the UI. */
export class FakeMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  private readonly items: RecordedMenu['items'] = [];

  constructor(private readonly env: SpreadsheetEnv, private readonly title: string) {}

  private self(): Menu {
    return expose<Menu>(this, 'Menu');
  }

  /** A copy of the menu as built so far. */
  snapshot(): RecordedMenu {
    return { title: this.title, items: this.items.map((item) => ('submenu' in item ? { submenu: { ...item.submenu } } : { ...item })) };
  }

  addItem(caption: string, functionName: string): Menu {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this.self();
  }

  addSeparator(): Menu {
    this.items.push({ separator: true });
    return this.self();
  }

  addSubMenu(menu: Menu): Menu {
    const inner = unwrap<FakeMenu>(menu);
    if (!(inner instanceof FakeMenu)) throw new Error('Emulator: addSubMenu needs a menu from createMenu');
    this.items.push({ submenu: inner.snapshot() });
    return this.self();
  }

  /** Records the menu; adding a menu with the same title again replaces it. */
  addToUi(): void {
    this.env.count('Menu.addToUi');
    const menus = this.env.recordings.menus;
    const recorded = this.snapshot();
    const at = menus.findIndex((m) => m.title === recorded.title);
    if (at >= 0) menus[at] = recorded;
    else menus.push(recorded);
  }
}

/** What ui.prompt returns. */
export class FakePromptResponse implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'> {
  constructor(private readonly text: string, private readonly button: EnumValue) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

/** Script-facing Ui; see the file comment. */
export class FakeUi implements Pick<Ui, 'alert' | 'prompt' | 'createMenu' | 'showModalDialog' | 'showModelessDialog' | 'showSidebar'> {
  readonly Button = Button as unknown as Ui['Button'];
  readonly ButtonSet = ButtonSet as unknown as Ui['ButtonSet'];

  constructor(private readonly env: SpreadsheetEnv) {}

  private ask(kind: 'alert' | 'prompt', args: unknown[]): { answer: Required<UiAnswer>; button: EnumValue } {
    const [title, message, buttons] =
      args.length >= 3 ? [args[0], args[1], args[2]] : args.length === 2 ? ['', args[0], args[1]] : ['', args[0], ButtonSet.OK];
    const setName = String(buttons ?? ButtonSet.OK);
    const allowed = BUTTONS_OF_SET[setName] ?? ['OK'];
    const queued = this.env.recordings.pendingAnswers.shift() ?? {};
    const button = queued.button ?? allowed[0];
    if (button !== 'CLOSE' && !allowed.includes(button)) {
      throw new Error(`Emulator: the queued answer ${button} is not a button of ButtonSet.${setName}`);
    }
    const answer = { button, text: queued.text ?? '' };
    this.env.recordings.alerts.push({ kind, title: String(title), message: String(message), answer });
    return { answer, button: Button[button] };
  }

  alert(...args: any[]): GoogleAppsScript.Base.Button {
    this.env.count('Ui.alert');
    return this.ask('alert', args).button as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(...args: any[]): GoogleAppsScript.Base.PromptResponse {
    this.env.count('Ui.prompt');
    const { answer, button } = this.ask('prompt', args);
    return expose<GoogleAppsScript.Base.PromptResponse>(new FakePromptResponse(answer.text, button), 'PromptResponse');
  }

  createMenu(caption: string): Menu {
    this.env.count('Ui.createMenu');
    return expose<Menu>(new FakeMenu(this.env, String(caption)), 'Menu');
  }

  private show(kind: 'modal' | 'modeless' | 'sidebar', userInterface: GoogleAppsScript.HTML.HtmlOutput, title?: string): void {
    const html = String(userInterface.getContent());
    const shownTitle = title ?? (typeof userInterface.getTitle === 'function' ? String(userInterface.getTitle() ?? '') : '');
    this.env.recordings.dialogs.push({ kind, title: shownTitle, html });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.env.count('Ui.showModalDialog');
    this.show('modal', userInterface, String(title));
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.env.count('Ui.showModelessDialog');
    this.show('modeless', userInterface, String(title));
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.env.count('Ui.showSidebar');
    this.show('sidebar', userInterface);
  }
}
