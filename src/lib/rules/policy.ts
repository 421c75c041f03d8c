// A catalog's data policy (`policy:` in catalog.yaml): each named rule set to error, warning or off. Checked
// itself (a rule that does not exist, or one that may not be lowered, is an error), then applied to findings.
import type { Catalog } from '../../schemas/index.ts';
import { closest } from '../content/error-map.ts';
import type { Problem } from '../problems.ts';
import { RULES, ruleOf, type Setting } from './rules.ts';

type Policy = Catalog['policy'];

/** Mistakes in the policy itself, on the lines of catalog.yaml that hold them. */
export function policyProblems(
  policy: Policy,
  where: { file: string; lineOf(path: readonly PropertyKey[]): number | undefined },
): Problem[] {
  const out: Problem[] = [];
  for (const [id, setting] of Object.entries(policy ?? {})) {
    const line = where.lineOf(['policy', id]);
    const at = {
      file: where.file,
      ...(line ? { line } : {}),
      field: `policy.${id}`,
      severity: 'error' as const,
      rule: 'policy',
    };
    const rule = RULES.get(id);
    if (!rule) {
      const near = closest(id, [...RULES.keys()]);
      out.push({
        ...at,
        message: `"${id}" is not a rule; ${near ? `did you mean "${near}"?` : 'see docs/rules.md for their ids'}`,
      });
    } else if (!rule.adjustable && setting !== 'error') {
      out.push({
        ...at,
        message: `"${id}" keeps the site from being built when it finds something, so it is always an error; remove this line`,
      });
    }
  }
  return out;
}

/** The severity the policy gives a rule: its own setting, or the rule's default. */
export function settingOf(policy: Policy, rule: string): Setting {
  const own = ruleOf(rule);
  const set = policy?.[rule];
  return set && (own.adjustable || set === 'error') ? set : own.severity;
}

/** Findings with the severities the policy gives them; findings of rules set to `off` are left out. */
export function applyPolicy(problems: readonly Problem[], policy: Policy): Problem[] {
  return problems.flatMap((p) => {
    const setting = settingOf(policy, p.rule);
    return setting === 'off' ? [] : [{ ...p, severity: setting }];
  });
}
