package org.viltzoom.event.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.viltzoom.event.application.port.out.RecordingFiles;
import org.viltzoom.event.domain.RecordingFile;

@ApplicationScoped
class SqlRecordingFiles implements RecordingFiles {

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(RecordingFile file, UUID trainingEventId) {
        entityManager.createNativeQuery("""
                        INSERT INTO recording_file (meeting_uuid, file_id, meeting_id, training_event_id, file_type,
                                                    file_size, recording_type, status, download_url, download_token,
                                                    notified_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                        ON CONFLICT (meeting_uuid, file_id) DO UPDATE SET
                            status = EXCLUDED.status, file_size = EXCLUDED.file_size,
                            download_url = EXCLUDED.download_url, download_token = EXCLUDED.download_token,
                            notified_at = EXCLUDED.notified_at,
                            training_event_id = COALESCE(recording_file.training_event_id, EXCLUDED.training_event_id)
                        WHERE EXCLUDED.notified_at >= recording_file.notified_at""")
                .setParameter(1, file.meetingUuid())
                .setParameter(2, file.fileId())
                .setParameter(3, file.meetingId())
                .setParameter(4, trainingEventId)
                .setParameter(5, file.fileType())
                .setParameter(6, file.fileSize())
                .setParameter(7, file.recordingType())
                .setParameter(8, file.status())
                .setParameter(9, file.downloadUrl())
                .setParameter(10, file.downloadToken())
                .setParameter(11, file.notifiedAt())
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<RecordingFile> listForEvent(UUID trainingEventId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT meeting_uuid, file_id, meeting_id, file_type, file_size, recording_type, status,
                               download_url, download_token, notified_at
                        FROM recording_file WHERE training_event_id = ?1 ORDER BY meeting_uuid, file_id""")
                .setParameter(1, trainingEventId).getResultList();
        return rows.stream().map(row -> new RecordingFile((String) row[0], (String) row[1],
                ((Number) row[2]).longValue(), (String) row[3], row[4] == null ? 0 : ((Number) row[4]).longValue(),
                (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                SqlTimestamps.instant(row[9]))).toList();
    }
}
