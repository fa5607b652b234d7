// Shared goals (buts communs): named by the network, followed with a simple indicator,
// with the exchanges attached to them.
import { createGoal, listGoals, setStatus, setText, showGoal } from '../goals/goal-actions.ts';
import { goalInput, parseGoalCommand } from '../goals/goal-input.ts';
import { messages } from '../goals/messages.ts';
import { defineCommand } from './command.ts';

export const but = defineCommand({
  names: ['but', 'goal', 'buts', 'goals', 'objectif'],
  help: {
    fr: {
      summary:
        'les buts communs du réseau : les proposer, les suivre avec un indicateur, y rattacher des échanges.',
      usage: [
        'but [liste]',
        'but nouveau "TITRE" [description "…"] [indicateur "…"]',
        'but N',
        'but N statut proposé|actif|atteint|abandonné',
        'but N indicateur "…"',
        'but N titre "…"',
        'but N description "…"',
      ],
      examples: [
        'but',
        'but nouveau "Aucun jeune sans solution" indicateur "Jeunes sans solution en septembre : objectif zéro"',
        'but 3',
        'but 3 statut actif',
        'but 3 indicateur "12 jeunes sur 20 ont une solution"',
      ],
    },
    en: {
      summary:
        "the network's shared goals: propose them, follow them with an indicator, attach exchanges to them.",
      usage: [
        'goal [list]',
        'goal new "TITLE" [description "…"] [indicator "…"]',
        'goal N',
        'goal N status proposed|active|reached|dropped',
        'goal N indicator "…"',
        'goal N title "…"',
        'goal N description "…"',
      ],
      examples: [
        'goal',
        'goal new "No young person left without a solution" indicator "Young people with no solution in September: target zero"',
        'goal 3',
        'goal 3 status active',
        'goal 3 indicator "12 out of 20 young people have a solution"',
      ],
    },
  },
  messages,
  parse: parseGoalCommand,
  schema: goalInput,
  run(ctx, input) {
    switch (input.action) {
      case 'list':
        return listGoals(ctx);
      case 'create':
        return createGoal(ctx, input);
      case 'show':
        return showGoal(ctx, input.ref);
      case 'status':
        return setStatus(ctx, input.ref, input.status);
      case 'indicator':
      case 'title':
      case 'description':
        return setText(ctx, input.ref, input.action, input.value);
      case 'field-unknown':
      case 'unknown':
        // The schema refuses these; listed so that every action has an answer.
        return listGoals(ctx);
    }
  },
});
