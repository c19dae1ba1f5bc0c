package io.ctxrec.routes.scoring;

/**
 * What the scoring routes read from the body they are sent: the one task every model scores. The
 * recommendation side's request state implements it, so scoring needs nothing from that side.
 */
public interface ScoringRequest {
    ScoringTask scoringTask();
}
