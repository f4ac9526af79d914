package nl.samenspraak.persistence.internal;

import java.sql.SQLException;

/** Recognises an insert that a unique key refused: SQLSTATE 23505 on Derby and PostgreSQL alike. */
final class UniekeSleutel {

    private UniekeSleutel() {
    }

    static boolean weigerde(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
