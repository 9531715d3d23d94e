/** English messages of the operator and the evaluators' passphrases; same keys as `jaPeople`. */
import type { jaPeople } from './messages-people';

export const enPeople: Record<keyof typeof jaPeople, string> = {
  'people.help.title': 'Operator and passphrases',
  'people.help.change':
    'Changing or removing a passphrase that is set needs the current one (so nobody changes it on a sheet left open). A removal is audited with the operator’s name.',
  'people.help.grades':
    'On a shared PC, each grade’s audit entry records both whose sheet it is (the evaluator) and who operated (the operator).',
  'people.operator.title': 'Operator (the person using this browser)',
  'people.operator.intro':
    'Enter the name and organisational unit of the person using this browser. They are recorded as the operator in the audit trail, the selection memo and the scoring workbook. Locking the criteria, consensus, closing the technical evaluation, opening prices and returning or importing sheets are refused until a name is set.',
  'people.operator.kept':
    'Kept in this browser profile and used for every procurement. Not included in backups (restored on another PC, work is recorded under that PC’s operator). Each change is recorded in the audit trail of every procurement.',
  'people.operator.name': "Operator's name",
  'people.operator.affiliation': "Operator's organisational unit (optional)",
  'people.operator.save': 'Save operator',
  'people.operator.later': 'Later',
  'people.operator.saved': 'Operator saved as “{label}”.',
  'people.operator.savedAudited':
    'Operator saved as “{label}” and recorded in the audit trail of {count} {count|procurement|procurements}.',
  'people.operator.nameMissing': 'Enter a name.',
  'people.operator.nameTooLong': 'Use at most {max} characters for the name.',
  'people.operator.affiliationTooLong': 'Use at most {max} characters for the organisational unit.',
  'people.operator.required':
    'No operator name is set, so this cannot be done. Set your name and organisational unit under “Operator” at the top of the page, then try again.',
  'people.pass.gateTitle': 'The sheet of {name} is protected by a passphrase',
  'people.pass.gateChair':
    "The chair's panel (submissions, consensus, close, price opening) also opens with the chair's passphrase.",
  'people.pass.label': 'Passphrase',
  'people.pass.open': 'Open',
  'people.pass.checking': 'Checking…',
  'people.pass.wrong': 'Wrong passphrase.',
  'people.pass.setTitle': 'Set a passphrase (optional)',
  'people.pass.changeTitle': 'Change the passphrase',
  'people.pass.isSet': 'This sheet has a passphrase.',
  'people.pass.new': 'New passphrase (at least {min} characters)',
  'people.pass.confirm': 'Type it again',
  'people.pass.save': 'Save passphrase',
  'people.pass.saved': 'Passphrase of {name} saved.',
  'people.pass.tooShort': 'Use at least {min} characters.',
  'people.pass.tooLong': 'Use at most {max} characters.',
  'people.pass.mismatch': 'The two entries differ.',
  'people.pass.invalid': 'The passphrase record is not valid; nothing was saved.',
  'people.pass.what':
    "A passphrase keeps people honest on a shared PC: nobody opens another evaluator's sheet by mistake or unasked. It does not hide grades from someone who holds the database: grades are stored unencrypted. To truly separate evaluators, use evaluator packages (each evaluator grades on their own PC). The passphrase itself is never stored, only a salted hash (PBKDF2-SHA-256, {iterations} iterations).",
  'people.pass.resetTitle': 'Passphrase reset',
  'people.pass.resetNote':
    'When an evaluator forgets their passphrase, the chair can reset it once (audited). The evaluator then opens their sheet and sets a new one.',
  'people.pass.reset': 'Reset the passphrase of {name}',
  'people.pass.resetDone': 'Passphrase of {name} reset.',
  'people.pass.noneSet': 'No evaluator has set a passphrase.',
  'people.pass.current': 'Current passphrase',
  'people.pass.currentWrong':
    'The current passphrase is wrong. Changing or removing it needs the current one.',
  'people.pass.clear': 'Remove the passphrase',
  'people.pass.clearNote':
    'Type the current passphrase to remove it. The removal is audited with the operator’s name.',
  'people.pass.cleared': 'Passphrase of {name} removed.',
  'people.pass.resetConfirmTitle': 'Reset the passphrase of {name}?',
  'people.pass.resetConfirm':
    'This removes the passphrase of {name}’s sheet. {name} sets a new one when they next open it. The reset is audited with the operator’s name. Make sure they asked for it.',
  'people.pass.resetConfirmButton': 'Reset',
  'people.pass.forgottenTitle': 'Forgotten the chair’s passphrase?',
  'people.pass.forgottenNote':
    'Nobody can reset the chair’s passphrase. If it is forgotten, it is removed on a written statement of who removes it and why. The statement stays in the audit trail (and the workbook’s audit sheet) with the operator’s name, for anyone to check later. The chair’s panel then opens; set a new passphrase.',
  'people.pass.forgottenHonesty':
    'This keeps people honest on a shared PC; it is not security. Anyone who can use this PC can write a statement. What it prevents is opening the panel silently: the record it leaves is the deterrent.',
  'people.pass.statement': 'Statement (who removes it and why; at least {min} characters)',
  'people.pass.statementConfirm':
    'I confirm this removal, and that this statement is audited with the operator’s name.',
  'people.pass.statementTooShort': 'Write at least {min} characters.',
  'people.pass.statementTooLong': 'Use at most {max} characters.',
  'people.pass.notConfirmed': 'Tick the confirmation box.',
  'people.pass.forgottenClear': 'Remove the chair’s passphrase on this statement',
  'people.pass.chairCleared': 'Passphrase of {name} removed on a statement (audited).'
};
