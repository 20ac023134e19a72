package vn.portalnews.common;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatabaseUnavailableTest {

    @Test
    void shouldRecognizeAnOutageWhereverItIsInTheCauses() {
        assertNotNull(ProblemMappers.databaseUnavailable(new RuntimeException(new SQLException("refused", "08001"))));
        assertNotNull(ProblemMappers.databaseUnavailable(new SQLException("terminating connection", "57P01")));
        assertNotNull(ProblemMappers.databaseUnavailable(new SQLException("too many clients", "53300")));
        assertNotNull(ProblemMappers.databaseUnavailable(new IllegalStateException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertNotNull(ProblemMappers.databaseUnavailable(new SQLTransientConnectionException("pool")));
        assertNotNull(ProblemMappers.databaseUnavailable(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void shouldLeaveErrorsOfTheRequestItselfAlone() {
        assertNull(ProblemMappers.databaseUnavailable(new SQLException("syntax", "42601")));
        assertNull(ProblemMappers.databaseUnavailable(new IllegalArgumentException("bug")));
    }
}
