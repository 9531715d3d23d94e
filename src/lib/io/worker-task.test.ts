import { describe, expect, it, vi } from 'vitest';
import { runWorkerTask, WorkerStartError, type WorkerTask } from './worker-task';

type Message =
  { type: 'progress'; step: string } | { type: 'done'; value: number } | { type: 'error'; message: string };

interface Request {
  payload: unknown;
}

/** A stand-in Worker: clones what it is sent as a browser does, and replies when the test says. */
class FakeWorker extends EventTarget {
  posts: { request: unknown; args: number }[] = [];
  terminated = 0;

  postMessage(request: unknown, transfer?: Transferable[]): void {
    this.posts.push({
      request: structuredClone(request, transfer ? { transfer } : {}),
      args: transfer ? 2 : 1
    });
  }

  terminate(): void {
    this.terminated++;
  }

  reply(data: Message): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }

  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

function setUp(overrides: Partial<WorkerTask<Request, Message, number>> = {}) {
  const worker = new FakeWorker();
  const seen: string[] = [];
  const task = runWorkerTask<Request, Message, number>({
    start: () => worker as unknown as Worker,
    request: { payload: 'hello' },
    result: (message) => message.value,
    onMessage: (message) => seen.push(message.step),
    name: 'the fake',
    ...overrides
  });
  return { worker, seen, task };
}

/** What a settled promise gave, to compare in one assertion. */
async function outcome(task: Promise<number>) {
  try {
    return { value: await task };
  } catch (error) {
    return {
      kind: error instanceof WorkerStartError ? 'start' : 'error',
      message: (error as Error).message
    };
  }
}

describe('runWorkerTask', () => {
  it('posts the request, relays the messages in order, resolves on done and ends the worker', async () => {
    const { worker, seen, task } = setUp();
    worker.reply({ type: 'progress', step: 'a' });
    worker.reply({ type: 'progress', step: 'b' });
    worker.reply({ type: 'done', value: 42 });
    await expect(task).resolves.toBe(42);
    expect(worker.posts).toEqual([{ request: { payload: 'hello' }, args: 1 }]);
    expect(seen).toEqual(['a', 'b']);
    expect(worker.terminated).toBe(1);
  });

  it('moves the transferables with the request instead of copying them', async () => {
    const bytes = new Uint8Array([1, 2, 3]).buffer;
    const { worker, task } = setUp({ request: { payload: bytes }, transfer: [bytes] });
    worker.reply({ type: 'done', value: 1 });
    await task;
    expect(worker.posts[0]?.args).toBe(2);
    expect(bytes.byteLength).toBe(0); // detached
    expect((worker.posts[0]?.request as Request).payload).toEqual(new Uint8Array([1, 2, 3]).buffer);
  });

  it('posts the plain copy when the request cannot be cloned', async () => {
    const { worker, task } = setUp({
      request: { payload: () => 1 },
      plainRequest: () => ({ payload: 'plain' })
    });
    worker.reply({ type: 'done', value: 1 });
    await task;
    expect(worker.posts).toEqual([{ request: { payload: 'plain' }, args: 1 }]);
  });

  it('posts a further request the worker asks for, as its plain copy when it cannot be cloned', async () => {
    const { worker, task } = setUp({
      onMessage: (message, reply) => {
        if (message.step === 'send more') reply({ payload: 'more' });
        if (message.step === 'send a proxy') reply({ payload: () => 1 }, () => ({ payload: 'plain more' }));
      }
    });
    worker.reply({ type: 'progress', step: 'send more' });
    worker.reply({ type: 'progress', step: 'send a proxy' });
    worker.reply({ type: 'done', value: 3 });
    await expect(task).resolves.toBe(3);
    expect(worker.posts.map((p) => p.request)).toEqual([
      { payload: 'hello' },
      { payload: 'more' },
      { payload: 'plain more' }
    ]);
  });

  it('fails the task, ending the worker, when a further request cannot be posted', async () => {
    const { worker, task } = setUp({ onMessage: (_, reply) => reply({ payload: () => 1 }) });
    worker.reply({ type: 'progress', step: 'send more' });
    // Without `begins` any message shows the work under way: an ordinary failure, not a start one.
    expect(await outcome(task)).toMatchObject({ kind: 'error' });
    expect(worker.posts).toHaveLength(1);
    expect(worker.terminated).toBe(1);
  });

  it('reports a worker that cannot be constructed as a start failure', async () => {
    const task = runWorkerTask<Request, Message, number>({
      start: () => {
        throw new Error('blocked');
      },
      request: { payload: 1 },
      result: (message) => message.value,
      name: 'the fake'
    });
    expect(await outcome(task)).toEqual({ kind: 'start', message: 'Error: blocked' });
  });

  it.each([
    ['no plain copy to post', undefined],
    ['a plain copy that cannot be cloned either', () => ({ payload: Symbol('x') })]
  ])('reports a request it cannot post (%s) as a start failure', async (_, plainRequest) => {
    const { worker, task } = setUp({
      request: { payload: () => 1 },
      ...(plainRequest ? { plainRequest } : {})
    });
    expect(await outcome(task)).toMatchObject({ kind: 'start' });
    expect(worker.posts).toEqual([]);
    expect(worker.terminated).toBe(1);
  });

  const building = (message: Message) => message.type === 'progress' && message.step === 'building';

  it.each<[string, Partial<WorkerTask<Request, Message, number>>, (w: FakeWorker) => void, object]>([
    [
      'an error event before any message',
      {},
      (w) => w.crash('load failed'),
      { kind: 'start', message: 'load failed' }
    ],
    ['an error event without text', {}, (w) => w.crash(''), { kind: 'start', message: 'the fake stopped' }],
    [
      'an error event after a message',
      {},
      (w) => {
        w.reply({ type: 'progress', step: 'a' });
        w.crash('died');
      },
      { kind: 'error', message: 'died' }
    ],
    [
      'an error message (which shows the worker running)',
      {},
      (w) => w.reply({ type: 'error', message: 'bad data' }),
      { kind: 'error', message: 'bad data' }
    ],
    [
      'an error message before the work begins',
      { begins: building },
      (w) => {
        w.reply({ type: 'progress', step: 'loading' });
        w.reply({ type: 'error', message: 'no library' });
      },
      { kind: 'start', message: 'no library' }
    ],
    [
      'an error event after the work began',
      { begins: building },
      (w) => {
        w.reply({ type: 'progress', step: 'building' });
        w.reply({ type: 'progress', step: 'writing' });
        w.crash('out of memory');
      },
      { kind: 'error', message: 'out of memory' }
    ],
    [
      'an unreadable message',
      {},
      (w) => w.dispatchEvent(new MessageEvent('messageerror')),
      { kind: 'error', message: 'the fake sent an unreadable message' }
    ]
  ])('rejects on %s, ending the worker', async (_, overrides, act, expected) => {
    const { worker, task } = setUp(overrides);
    act(worker);
    expect(await outcome(task)).toEqual(expected);
    expect(worker.terminated).toBe(1);
  });

  it('ends the worker when the signal aborts, and ignores what it sends afterwards', async () => {
    const controller = new AbortController();
    const { worker, seen, task } = setUp({ signal: controller.signal });
    worker.reply({ type: 'progress', step: 'a' });
    controller.abort(new Error('cancelled'));
    worker.reply({ type: 'progress', step: 'b' });
    worker.reply({ type: 'done', value: 1 });
    worker.crash('late');
    expect(await outcome(task)).toEqual({ kind: 'error', message: 'cancelled' });
    expect(seen).toEqual(['a']);
    expect(worker.terminated).toBe(1);
  });

  it('does not start a worker when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('too late'));
    let started = 0;
    const task = runWorkerTask<Request, Message, number>({
      start: () => {
        started++;
        return new FakeWorker() as unknown as Worker;
      },
      request: { payload: 1 },
      result: (message) => message.value,
      signal: controller.signal,
      name: 'the fake'
    });
    await expect(task).rejects.toThrow('too late');
    expect(started).toBe(0);
  });

  it('stops listening to the signal once settled, so a long-lived signal keeps no worker alive', async () => {
    const controller = new AbortController();
    const removed = vi.spyOn(controller.signal, 'removeEventListener');
    const { worker, task } = setUp({ signal: controller.signal });
    worker.reply({ type: 'done', value: 7 });
    await expect(task).resolves.toBe(7);
    expect(removed).toHaveBeenCalledWith('abort', expect.any(Function));
  });
});
