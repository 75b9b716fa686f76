package org.parley.compensation.cli.internal;

import java.math.BigDecimal;

import org.osgi.service.component.annotations.Component;
import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.compensation.Budget;
import org.parley.compensation.CatalogueService;
import org.parley.compensation.GestureBudgets;

/** Team budgets: list them with what was spent, and set one. */
final class BudgetCommands {

    private BudgetCommands() {
    }

    /** {@code parley-cli gesture budget list}. */
    @Component(service = Command.class)
    public static final class ListBudgets extends GestureCommand {

        public ListBudgets() {
            super("gesture budget list", "parley-cli gesture budget list", CommandText.budgetList_summary, 0, 0);
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            GestureBudgets budgets = context.services().get(GestureBudgets.class);
            String currency = context.services().get(CatalogueService.class).current().rules().currency();
            for (Budget b : budgets.list()) {
                BigDecimal spent = budgets.spent(b);
                context.out().println(CommandText.bind(CommandText.budgetList_line, new Object[] { b.id(), b.team(),
                        b.from(), b.to(), b.amount().stripTrailingZeros().toPlainString(),
                        spent.stripTrailingZeros().toPlainString(), currency }));
            }
            if (budgets.list().isEmpty()) {
                context.out().println(CommandText.budgetList_none);
            }
        }
    }

    /** {@code parley-cli gesture budget set TEAM FROM TO AMOUNT [--id N]}: a new budget, or a change to one. */
    @Component(service = Command.class)
    public static final class SetBudget extends GestureCommand {

        public SetBudget() {
            super("gesture budget set", "parley-cli gesture budget set TEAM 2026-03-01 2026-03-31 AMOUNT [--id N]",
                    CommandText.budgetSet_summary, 4, 4, "id");
        }

        @Override
        public void run(Arguments arguments, CommandContext context) {
            var p = arguments.positional();
            GestureBudgets budgets = context.services().get(GestureBudgets.class);
            long id = arguments.number("id", 0, 0, Long.MAX_VALUE);
            long version = id == 0 ? 0 : budgets.list().stream().filter(b -> b.id() == id).findFirst()
                    .map(Budget::version).orElse(-1L);
            Budget saved = budgets.save(new Budget(id, version, p.get(0), date("FROM", p.get(1)), date("TO", p.get(2)),
                    amount("AMOUNT", p.get(3))));
            context.out().println(CommandText.bind(CommandText.budgetSet_done, new Object[] { saved.id(), saved.team(),
                    saved.from(), saved.to(), saved.amount().stripTrailingZeros().toPlainString() }));
        }
    }
}
