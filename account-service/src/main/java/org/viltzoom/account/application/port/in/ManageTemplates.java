package org.viltzoom.account.application.port.in;

import java.util.List;
import java.util.Set;
import org.viltzoom.account.domain.Account;
import org.viltzoom.kernel.domain.AccountId;
import org.viltzoom.kernel.domain.PlatformId;

/** Zoom meeting templates that training events of an account may use. */
public interface ManageTemplates {

    /** A template as Zoom lists it, with this account's choice. */
    record TemplateChoice(String id, String name, int type, boolean enabled, boolean isDefault) {
    }

    /** Lists the paired user's templates in Zoom, marking the enabled ones and the default. */
    List<TemplateChoice> list(PlatformId platform, AccountId id);

    Account select(PlatformId platform, AccountId id, long expectedVersion, Set<String> enabledTemplateIds,
                   String defaultTemplateId);
}
