-- One row per user whose recommendation list is cached: the lock that serialises two writers of the
-- same user's list. JdbcRecommendationCache upserts this row first in the transaction that deletes and
-- re-inserts the user's rows in `recommendations`; the second writer waits on this row lock until the
-- first commits, so its delete then sees (and removes) the first writer's rows. Without it, on H2 two
-- transactions for the same user could both land and leave two lists interleaved.
CREATE TABLE recommendation_lists (
    user_id     VARCHAR(64)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The lists already cached get their row, so every list has one.
INSERT INTO recommendation_lists (user_id, updated_at)
    SELECT user_id, MAX(created_at) FROM recommendations GROUP BY user_id;
