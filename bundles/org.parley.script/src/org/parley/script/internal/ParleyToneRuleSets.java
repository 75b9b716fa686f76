package org.parley.script.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.core.model.Language;
import org.parley.script.ToneRules;
import org.parley.script.extension.ToneRule;
import org.parley.script.extension.ToneRuleSet;

/**
 * Registers Parley's tone rules, one {@link ToneRuleSet} service per language, exactly as a company registers its
 * own. Registering costs nothing at start-up: the department's wording ({@link ParleyToneRules}, which needs the
 * database) is looked up only when a message is first checked; without it the shipped rules apply.
 */
@Component(immediate = true)
public class ParleyToneRuleSets {

    private final List<ServiceRegistration<ToneRuleSet>> registered = new ArrayList<>();
    private final Map<Language, List<ToneRule>> shipped = new ConcurrentHashMap<>();
    private ServiceTracker<ToneRules, ToneRules> department;

    @Activate
    void activate(BundleContext context) {
        department = new ServiceTracker<>(context, ToneRules.class, null);
        department.open();
        for (Language l : Language.values()) {
            registered.add(context.registerService(ToneRuleSet.class, new Rules(l), null));
        }
    }

    @Deactivate
    void deactivate() {
        registered.forEach(ServiceRegistration::unregister);
        registered.clear();
        department.close();
    }

    /** Parley's rules of one language, as the department words them when it can be asked. */
    private final class Rules implements ToneRuleSet {
        private final Language language;

        Rules(Language language) {
            this.language = language;
        }

        @Override
        public String id() {
            return ShippedToneRules.ID;
        }

        @Override
        public Language language() {
            return language;
        }

        @Override
        public List<ToneRule> rules() {
            if (department.getService() instanceof ParleyToneRules edited) {
                return edited.rules(language);
            }
            return shipped.computeIfAbsent(language, l -> ShippedToneRules.load(l).rules());
        }
    }
}
