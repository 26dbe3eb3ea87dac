package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.exception.TrainingEventNotFoundException;
import org.viltzoom.event.application.port.in.RecordRecordings;
import org.viltzoom.event.application.port.out.RecordingFiles;
import org.viltzoom.event.application.port.out.TrainingEventRepository;
import org.viltzoom.event.domain.RecordingFile;
import org.viltzoom.event.domain.TrainingEvent;

/**
 * Records announced files only; nothing is downloaded on a notification, so duplicate deliveries
 * cost one row update each and never a second download.
 */
@ApplicationScoped
class RecordingService implements RecordRecordings {

    private static final Logger LOG = Logger.getLogger(RecordingService.class);

    @Inject
    RecordingFiles files;

    @Inject
    TrainingEventRepository events;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void filesAnnounced(List<RecordingFile> announced) {
        for (RecordingFile file : announced) {
            UUID eventId = events.findByMeetingId(file.meetingId()).map(TrainingEvent::id).orElse(null);
            files.upsert(file, eventId);
            LOG.infof("Recorded recording file meetingUuid=%s fileId=%s trainingEventId=%s", file.meetingUuid(),
                    file.fileId(), eventId);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<RecordingFile> list(String platform, UUID trainingEventId) {
        events.find(platform, trainingEventId).orElseThrow(() -> new TrainingEventNotFoundException(trainingEventId));
        return files.listForEvent(trainingEventId);
    }
}
