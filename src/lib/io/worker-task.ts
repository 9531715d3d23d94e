/**
 * One request to a module worker that answers in the house protocol: messages of its own kinds
 * (progress), then `{ type: 'done', … }` or `{ type: 'error', message }`. The worker ends when the
 * task settles or the signal aborts. A failure before the work is under way rejects with
 * `WorkerStartError`, so the caller may do the same work on the main thread instead.
 */

/** The worker did not get as far as the work: the main thread may do it instead. */
export class WorkerStartError extends Error {}

/** What every worker here may send; each worker's own message union narrows it. */
export type WorkerMessage = { type: string };

/** Posts the worker a further request; a request that cannot be posted fails the task. */
export type Reply<Request> = (request: Request, plainRequest?: () => Request) => void;

type DoneOf<M> = Extract<M, { type: 'done' }>;
type ProgressOf<M> = Exclude<M, { type: 'done' } | { type: 'error' }>;

export interface WorkerTask<Request, Message extends WorkerMessage, Result> {
  /**
   * `() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`, written in the
   * module that owns the worker file: Vite finds the worker by that literal.
   */
  start: () => Worker;
  request: Request;
  /** Moved to the worker with the request, not copied. */
  transfer?: Transferable[];
  /** Posted instead when `request` cannot be structured-cloned (a reactive proxy): its plain copy. */
  plainRequest?: () => Request;
  /** The task's result, from the worker's `done` message. */
  result: (message: DoneOf<Message>) => Result;
  /**
   * Each message that is neither `done` nor `error`, in order. `reply` posts the worker a further
   * request (one it asked for), with its plain copy for when that cannot be cloned.
   */
  onMessage?: (message: ProgressOf<Message>, reply: Reply<Request>) => void;
  /**
   * Whether this message shows the work itself under way (default: any message does). Until one
   * does, a failure may be the worker's environment rather than the data: `WorkerStartError`.
   */
  begins?: (message: Message) => boolean;
  /** Aborting ends the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Names the worker in failure text: `the pack reader` → "the pack reader stopped". */
  name: string;
}

function post<Request>(worker: Worker, request: Request, transfer: Transferable[] | undefined): void {
  if (transfer) worker.postMessage(request, transfer);
  else worker.postMessage(request);
}

function postRequest<Request>(
  worker: Worker,
  {
    request,
    transfer,
    plainRequest
  }: Pick<WorkerTask<Request, WorkerMessage, unknown>, 'request' | 'transfer' | 'plainRequest'>
): void {
  try {
    post(worker, request, transfer);
  } catch (error) {
    const uncloneable = error instanceof DOMException && error.name === 'DataCloneError';
    if (!uncloneable || !plainRequest) throw error;
    post(worker, plainRequest(), transfer);
  }
}

/** Runs `task` in a fresh worker: resolves with its result, rejects on its failure or an abort. */
export function runWorkerTask<Request, Message extends WorkerMessage, Result>(
  task: WorkerTask<Request, Message, Result>
): Promise<Result> {
  const { signal, name } = task;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let worker: Worker;
    try {
      worker = task.start();
    } catch (error) {
      reject(new WorkerStartError(String(error)));
      return;
    }
    let begun = false;
    let settled = false;
    // Every way out ends the worker once and settles once; later events are ignored.
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      outcome();
    };
    const fail = (detail: string) =>
      settle(() => reject(begun ? new Error(detail) : new WorkerStartError(detail)));
    const abort = () => settle(() => reject(signal?.reason));
    const reply: Reply<Request> = (request, plainRequest) => {
      if (settled) return;
      try {
        postRequest(worker, { request, plainRequest });
      } catch (error) {
        fail(String(error));
      }
    };
    worker.addEventListener('message', (event: MessageEvent<Message>) => {
      const message = event.data;
      if (!begun) begun = task.begins ? task.begins(message) : true;
      if (message.type === 'done') {
        settle(() => {
          try {
            resolve(task.result(message as DoneOf<Message>));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      } else if (message.type === 'error') {
        fail(String((message as { message?: unknown }).message));
      } else if (!settled) task.onMessage?.(message as ProgressOf<Message>, reply);
    });
    worker.addEventListener('error', (event) => fail(event.message || `${name} stopped`));
    worker.addEventListener('messageerror', () =>
      settle(() => reject(new Error(`${name} sent an unreadable message`)))
    );
    signal?.addEventListener('abort', abort, { once: true });
    try {
      postRequest(worker, task);
    } catch (error) {
      settle(() => reject(new WorkerStartError(String(error))));
    }
  });
}
