import { copyArgument, copyResult, createClientRunner, isCallableFromClient } from './script-run';

describe('google.script.run transport', () => {
  it('a name ending in _ is private and not callable', () => {
    expect(isCallableFromClient('approveOrder_', ['approveOrder_'])).toBe(false);
    expect(isCallableFromClient('approveOrder', ['approveOrder'])).toBe(true);
  });

  it('a Date argument fails the call', () => {
    // The browser's client refuses it, so this is a plain Error, not a server Exception; the text is exact.
    expect(() => copyArgument({ when: new Date() })).toThrow(new Error('Failed due to illegal value in property: when'));
  });

  it('a result holding a Date arrives as null (our choice for the open point)', () => {
    expect(copyResult({ order: 'TK-1', at: new Date() })).toBeNull();
  });

  it('undefined inside arrays becomes null and undefined properties vanish', () => {
    expect(copyResult({ list: [1, undefined, 'x'], gone: undefined })).toEqual({ list: [1, null, 'x'] });
  });

  it('arguments and results are deep copies', () => {
    const argument = { items: [{ sku: 'A' }] };
    const result = { items: [{ sku: 'B' }] };

    const sent = copyArgument(argument) as typeof argument;
    const received = copyResult(result) as typeof result;

    expect(sent).toEqual(argument);
    expect(sent.items[0]).not.toBe(argument.items[0]);
    expect(received.items[0]).not.toBe(result.items[0]);
  });
});

describe('google.script.run runner', () => {
  const server = (name: string, args: unknown[]) =>
    name === 'fails' ? Promise.reject(new Error('Stok habis')) : Promise.resolve({ name, args });

  it('calls the success handler asynchronously with (value, userObject)', async () => {
    const calls: unknown[] = [];
    const run = createClientRunner(server, () => ['getOrder', 'fails'], () => undefined) as any;

    run.withSuccessHandler((value: unknown, user: unknown) => calls.push([value, user])).withUserObject('row-3').getOrder('TK-1');
    expect(calls).toEqual([]);
    await new Promise((done) => setImmediate(done));

    expect(calls).toEqual([[{ name: 'getOrder', args: ['TK-1'] }, 'row-3']]);
  });

  it('calls the failure handler with (error, userObject)', async () => {
    const errors: string[] = [];
    const run = createClientRunner(server, () => ['fails'], () => undefined) as any;

    run.withFailureHandler((error: Error, user: string) => errors.push(`${error.message}/${user}`)).withUserObject('u').fails();
    await new Promise((done) => setImmediate(done));

    expect(errors).toEqual(['Stok habis/u']);
  });

  it('withSuccessHandler returns a new runner and leaves the original unchanged', async () => {
    const calls: string[] = [];
    const unhandled: string[] = [];
    const run = createClientRunner(server, () => ['getOrder'], (name) => unhandled.push(name)) as any;

    const withHandler = run.withSuccessHandler(() => calls.push('handled'));
    run.getOrder();
    await new Promise((done) => setImmediate(done));

    expect(withHandler).not.toBe(run);
    expect(calls).toEqual([]);
  });

  it('a private or unknown function is not on the runner', () => {
    const run = createClientRunner(server, () => ['secret_'], () => undefined) as any;

    expect(run.secret_).toBeUndefined();
    expect(run.nothing).toBeUndefined();
  });
});
