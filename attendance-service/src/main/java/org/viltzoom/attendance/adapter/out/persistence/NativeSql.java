package org.viltzoom.attendance.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.hibernate.query.NativeQuery;

/**
 * Native statements with typed parameters: PostgreSQL cannot infer the type of an untyped null,
 * and the columns here are often null.
 */
final class NativeSql {

    private final NativeQuery<?> query;

    private NativeSql(NativeQuery<?> query) {
        this.query = query;
    }

    static NativeSql of(EntityManager entityManager, String sql) {
        return new NativeSql(entityManager.createNativeQuery(sql).unwrap(NativeQuery.class));
    }

    NativeSql text(String name, String value) {
        query.setParameter(name, value, String.class);
        return this;
    }

    NativeSql number(String name, Long value) {
        query.setParameter(name, value, Long.class);
        return this;
    }

    NativeSql instant(String name, Instant value) {
        query.setParameter(name, value, Instant.class);
        return this;
    }

    NativeQuery<?> query() {
        return query;
    }

    int execute() {
        return query.executeUpdate();
    }

    /** Reads a timestamptz column, whichever Java type the driver returned. */
    static Instant toInstant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + column.getClass().getName());
    }
}
