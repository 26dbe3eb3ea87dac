package org.viltzoom.account.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Zoom meeting templates that training events of the account may use, and the one applied
 * when an event names none.
 *
 * @param defaultTemplateId null, or one of {@code enabledTemplateIds}
 */
public record TemplateSelection(Set<String> enabledTemplateIds, String defaultTemplateId) {

    public TemplateSelection {
        enabledTemplateIds = Set.copyOf(new LinkedHashSet<>(enabledTemplateIds == null ? List.of() : enabledTemplateIds));
        if (defaultTemplateId != null && !enabledTemplateIds.contains(defaultTemplateId)) {
            throw new AccountRuleViolation("default-template-not-enabled", "defaultTemplateId",
                    "default template " + defaultTemplateId + " is not among the enabled templates");
        }
    }

    public static TemplateSelection none() {
        return new TemplateSelection(Set.of(), null);
    }
}
