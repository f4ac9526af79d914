package nl.samenspraak.rest.internal.problem;

import java.util.List;

/**
 * Thrown by resources for an error the client can act on; mapped to its problem as is.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(int status, String detail) {
        this(Problems.problem(status, detail, List.of()));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public static ProblemException invalid(String detail, List<Problem.InvalidParam> invalidParams) {
        return new ProblemException(Problems.problem(400, detail, invalidParams));
    }

    public Problem problem() {
        return problem;
    }
}
