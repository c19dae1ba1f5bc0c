-- A user's latest run (the metrics of a list read back from the database, at every recheck of it) is read
-- through an index in its own order, newest first: H2 walks an index only forwards, and over the ascending
-- (user_id, created_at) it read and sorted every run of the user, a few hundred rows of JSON per read
-- after a day of traffic, for one row. JdbcModelRunLog.latest orders by these columns, user_id first.
ALTER TABLE model_runs DROP INDEX idx_model_runs_user_time;
CREATE INDEX idx_model_runs_user_latest ON model_runs (user_id, created_at DESC, id DESC);
