package org.viltzoom.attendance.application.port.out;

import java.util.Collection;
import java.util.List;

/** The links from connections whose personal data was erased to the erased learners they credit. */
public interface ErasedCredits {

    /** Lists the links of the connections in these meeting instances. */
    List<ErasedCredit> of(Collection<String> meetingUuids);

    /** One connection of a meeting instance that credits the erased learner {@code lmsUserId}. */
    record ErasedCredit(String meetingUuid, String connectionId, String lmsUserId) {
    }
}
