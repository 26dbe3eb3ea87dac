package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.exception.RecordingImportException;
import org.viltzoom.event.application.exception.TrainingEventNotFoundException;
import org.viltzoom.event.application.port.in.ImportRecordings;
import org.viltzoom.event.application.port.out.RecordingStore;
import org.viltzoom.event.application.port.out.TrainingEventRepository;
import org.viltzoom.event.application.port.out.ZoomRecordings;
import org.viltzoom.event.domain.RecordingFile;
import org.viltzoom.event.domain.RecordingProblem;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.kernel.zoom.ZoomApiException;
import org.viltzoom.kernel.zoom.ZoomErrorCategory;
import org.viltzoom.kernel.zoom.ZoomErrorCodes;

/** Lists an event's cloud recordings in Zoom and imports one file, with a distinct error per cause. */
@ApplicationScoped
class RecordingImport implements ImportRecordings {

    private static final Logger LOG = Logger.getLogger(RecordingImport.class);
    /** Zoom's code for a token that lacks a required scope. */
    private static final int MISSING_SCOPE = 4711;
    private static final String COMPLETED = "completed";

    @Inject
    TrainingEventRepository events;

    @Inject
    ZoomRecordings zoom;

    @Inject
    RecordingStore store;

    @Inject
    EventSettings settings;

    @Override
    public List<RecordingFile> listInZoom(String platform, UUID trainingEventId) {
        TrainingEvent event = find(platform, trainingEventId);
        return listed(event);
    }

    @Override
    public Imported importFile(String platform, UUID trainingEventId, String fileId) {
        TrainingEvent event = find(platform, trainingEventId);
        RecordingFile file = listed(event).stream().filter(candidate -> candidate.fileId().equals(fileId)).findFirst()
                .orElseThrow(() -> new RecordingImportException(RecordingProblem.DELETED_OR_EXPIRED, "Zoom lists no "
                        + "recording file " + fileId + " for this event; it was deleted or has expired."));
        if (!COMPLETED.equalsIgnoreCase(file.status())) {
            throw new RecordingImportException(RecordingProblem.NOT_PROCESSED_YET, "Zoom is still processing "
                    + "recording file " + fileId + " (status " + file.status() + "); import it later.");
        }
        if (file.fileSize() > settings.recordingMaxSize()) {
            throw new RecordingImportException(RecordingProblem.TOO_LARGE, "Recording file " + fileId + " has "
                    + file.fileSize() + " bytes; the maximum is " + settings.recordingMaxSize() + " bytes.");
        }

        long[] written = new long[1];
        String location;
        try {
            location = store.store(event.id(), fileId,
                    target -> written[0] = zoom.download(event.details().accountId(), file.downloadUrl(), target));
        } catch (ZoomApiException e) {
            throw downloadProblem(fileId, e);
        }
        LOG.infof("Imported recording file trainingEventId=%s fileId=%s bytes=%d", event.id(), fileId, written[0]);
        return new Imported(file, written[0], location);
    }

    private List<RecordingFile> listed(TrainingEvent event) {
        try {
            return zoom.list(event.details().accountId(), event.meeting().meetingId());
        } catch (ZoomApiException e) {
            if (e.error().status() == 404 && e.error().hasCode(ZoomErrorCodes.RECORDING_NOT_FOUND)) {
                throw new RecordingImportException(RecordingProblem.NOT_RECORDED,
                        "The event's Zoom meeting " + event.meeting().meetingId() + " has no cloud recording.");
            }
            if (isPermissionProblem(e)) {
                throw new RecordingImportException(RecordingProblem.PERMISSION_DENIED, "The paired Zoom account "
                        + "may not read cloud recordings; grant the app the recording scopes and pair it again.");
            }
            throw e;
        }
    }

    private static RecordingImportException downloadProblem(String fileId, ZoomApiException e) {
        if (e.error().status() == 403) {
            return new RecordingImportException(RecordingProblem.DOWNLOAD_DISABLED, "Zoom rejected the download of "
                    + "recording file " + fileId + "; check that cloud recording downloads are enabled in Zoom.");
        }
        if (e.error().status() == 404) {
            return new RecordingImportException(RecordingProblem.DELETED_OR_EXPIRED, "Zoom no longer serves "
                    + "recording file " + fileId + "; it was deleted or has expired.");
        }
        throw e;
    }

    private static boolean isPermissionProblem(ZoomApiException e) {
        return e.category() == ZoomErrorCategory.PERMISSION_DENIED || e.error().hasCode(MISSING_SCOPE);
    }

    private TrainingEvent find(String platform, UUID id) {
        return Transactions.call(() -> events.find(platform, id)).orElseThrow(() -> new TrainingEventNotFoundException(id));
    }
}
