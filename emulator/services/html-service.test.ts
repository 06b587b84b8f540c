import { expectException } from './expect-exception';
import { EmulatorState } from '../state';
import { createHtmlService } from './html-service';

const FILES: Record<string, string> = {
  Dialog: '<h1><?= title ?></h1><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?>',
  Plain: '<p>static</p>',
};

function setup() {
  const state = new EmulatorState({ now: Date.UTC(2026, 10, 28, 2) });
  return { state, html: createHtmlService(state, (name) => FILES[name]) };
}

describe('HtmlService templates', () => {
  it('<?= x ?> HTML-escapes customer text', () => {
    const template = setup().html.createTemplate('<p><?= x ?></p>');
    template.x = '<b>Ani</b>';

    expect(template.evaluate().getContent()).toBe('<p>&lt;b&gt;Ani&lt;/b&gt;</p>');
  });

  it('<?!= x ?> prints raw HTML', () => {
    const template = setup().html.createTemplate('<?!= x ?>');
    template.x = '<b>Ani</b>';

    expect(template.evaluate().getContent()).toBe('<b>Ani</b>');
  });

  it("<?= 'a'; 'b' ?> prints only the first statement's value", () => {
    expect(setup().html.createTemplate("<?= 'a'; 'b' ?>").evaluate().getContent()).toBe('a');
  });

  it('runs <? ?> code with template variables from a file', () => {
    const template = setup().html.createTemplateFromFile('Dialog');
    template.title = 'Pesanan';
    template.items = ['TK-1', 'TK-2'];

    expect(template.evaluate().getContent()).toBe('<h1>Pesanan</h1><li>TK-1</li><li>TK-2</li>');
  });

  it('a missing file throws "No HTML file named X was found."', () => {
    const { html } = setup();

    expectException(() => html.createHtmlOutputFromFile('Nope'), 'No HTML file named Nope was found.');
    expectException(() => html.createTemplateFromFile('Nope'), 'No HTML file named Nope was found.');
  });

  it('counts evaluate() as a service call', () => {
    const { html, state } = setup();

    html.createTemplate('x').evaluate();

    expect(state.callCounts().byMethod).toMatchObject({ 'HtmlService.createTemplate': 1, 'HtmlTemplate.evaluate': 1 });
  });
});

describe('HtmlOutput', () => {
  it('keeps title, size and appended content', () => {
    const output = setup().html.createHtmlOutputFromFile('Plain').setTitle('Approve order').setWidth(400).setHeight(300).append('<p>more</p>');

    expect([output.getTitle(), output.getWidth(), output.getHeight(), output.getContent()]).toEqual(
      ['Approve order', 400, 300, '<p>static</p><p>more</p>'],
    );
  });

  it('appendUntrusted escapes', () => {
    expect(setup().html.createHtmlOutput('').appendUntrusted('<script>').getContent()).toBe('&lt;script&gt;');
  });

  it('setters are not counted calls', () => {
    const { html, state } = setup();

    html.createHtmlOutput('x').setTitle('t').setWidth(1);

    expect(state.callCounts().total).toBe(1);
  });
});
