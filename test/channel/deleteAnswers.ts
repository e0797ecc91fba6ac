// Delete Organization's questions answered as a person would, and what each question said, for the
// integration tests: the organization picked (palette), yes or no to the modal, the name typed.
import type { DeletePrompts, NameQuestion } from '../../src/commands/deleteOrganization';
import type { ListedOrganization } from '../../src/losant';

export interface DeleteAnswers {
  /** From the palette: the id of the organization picked (none: Escape). */
  pick?: string;
  /** Yes to the modal. */
  confirm: boolean;
  /** What is typed in the name box (none: Escape). */
  typed?: string;
}

/** What the person was asked. */
export interface DeleteQuestions {
  /** The organizations offered by the palette's pick, by id. */
  offered?: string[];
  modal?: { message: string; action: string; detail: string };
  name?: Omit<NameQuestion, 'validate'> & { validation: { empty: string | undefined; typed: string | undefined } };
}

export function answering(answers: DeleteAnswers): { prompts: DeletePrompts; asked: DeleteQuestions } {
  const asked: DeleteQuestions = {};
  const prompts: DeletePrompts = {
    pickOrganization: async (orgs: readonly ListedOrganization[]) => {
      asked.offered = orgs.map((o) => o.id);
      return orgs.find((o) => o.id === answers.pick);
    },
    confirm: async (message, action, detail) => {
      asked.modal = { message, action, detail };
      return answers.confirm;
    },
    typeName: async ({ validate, ...question }) => {
      asked.name = { ...question, validation: { empty: validate(''), typed: answers.typed === undefined ? undefined : validate(answers.typed) } };
      return answers.typed;
    },
  };
  return { prompts, asked };
}
