package io.ctxrec.domain.evaluation;

/** Told as an evaluation advances, block by block, on the thread that called the evaluator. */
@FunctionalInterface
public interface EvaluationProgress {
    EvaluationProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} cases are evaluated (skipped ones included); the last call has done == total. */
    void casesDone(long done, long total);
}
