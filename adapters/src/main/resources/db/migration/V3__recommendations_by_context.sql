-- A list answers only a request in the context it was computed for (device type, time of day, season and
-- any extra feature of the version): one list per user and context, its context_key as
-- ListContext.key() writes it. The lists stored before have no context (''), which no request has: each
-- is a miss, then dropped as expired by the user's next write.
ALTER TABLE recommendations ADD COLUMN context_key VARCHAR(255) NOT NULL DEFAULT '';

CREATE INDEX idx_recommendations_user_context ON recommendations (user_id, context_key, rank_pos);
