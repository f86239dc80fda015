package org.triadcsr.app.store;

import java.util.List;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.progress.Target;

/** A company's KPI targets and improvement actions. */
public interface ProgressRepository {
    /** Adds the target, or updates the one with its id. */
    void saveTarget(String companyId, Target target);

    List<Target> targets(String companyId);

    void removeTarget(String targetId);

    /** Adds the action, or updates the one with its id. */
    void saveAction(String companyId, ImprovementAction action);

    List<ImprovementAction> actions(String companyId);

    void removeAction(String actionId);
}
