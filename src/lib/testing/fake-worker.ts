/**
 * A module worker for unit tests (Node has none), to stub as the global `Worker`: it runs the
 * worker's own job (`handlePackRead`, `handleTableRead`, `handleBundleRead`) asynchronously, with
 * structured clones and real transfers both ways, as a browser's worker would. `mode` makes it fail
 * as a browser's can: `throw` (the constructor refuses), `failToLoad` (an error event before any
 * message), `crash` (an error message) or `die` (an error event), the last two after `beforeCrash`
 * when one is given, so that the work was under way.
 */
export type FakeWorkerMode = 'work' | 'failToLoad' | 'throw' | 'crash' | 'die';

type Post<Message> = (message: Message, transfer?: Transferable[]) => void;

export function fakeWorkerClass<Request, Message>(
  job: (request: Request, post: Post<Message>) => unknown,
  beforeCrash?: Message
) {
  return class FakeWorker extends EventTarget {
    static instances: FakeWorker[] = [];
    static mode: FakeWorkerMode = 'work';
    terminated = false;
    /** What the page moved with its request. */
    transfer: Transferable[] = [];

    /** Back to a working worker and no instances (for `afterEach`). */
    static reset(): void {
      FakeWorker.instances = [];
      FakeWorker.mode = 'work';
    }

    constructor(
      readonly url: URL | string,
      readonly options?: WorkerOptions
    ) {
      super();
      if (FakeWorker.mode === 'throw') throw new Error('blocked');
      FakeWorker.instances.push(this);
      if (FakeWorker.mode === 'failToLoad') {
        setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'load failed' })));
      }
    }

    postMessage(request: Request, transfer: Transferable[] = []): void {
      this.transfer = transfer;
      const received = structuredClone(request, { transfer });
      const post: Post<Message> = (data, moved) => {
        const delivered = structuredClone(data, { transfer: moved ?? [] });
        if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: delivered }));
      };
      const mode = FakeWorker.mode;
      if (mode === 'crash' || mode === 'die') {
        setTimeout(() => {
          if (beforeCrash !== undefined) post(beforeCrash);
          if (mode === 'crash') post({ type: 'error', message: 'out of memory' } as Message);
          else this.dispatchEvent(Object.assign(new Event('error'), { message: 'worker died' }));
        });
      }
      if (mode === 'work') setTimeout(() => void job(received, post));
    }

    terminate(): void {
      this.terminated = true;
    }
  };
}
