/**
 * Whether the operator form is offered at the top of the workspace: on first use (no name yet)
 * unless put off with 「後で」 for this visit, and again whenever an act is refused for want of a name.
 */
class OperatorPrompt {
  #postponed = $state(false);
  #requested = $state(0);

  /** Put off for this visit (the form stays in 設定). */
  get postponed(): boolean {
    return this.#postponed;
  }
  /** Counts refusals, so the form can take the focus each time one happens. */
  get requested(): number {
    return this.#requested;
  }
  postpone(): void {
    this.#postponed = true;
  }
  request(): void {
    this.#postponed = false;
    this.#requested++;
  }
}

export const operatorPrompt = new OperatorPrompt();
