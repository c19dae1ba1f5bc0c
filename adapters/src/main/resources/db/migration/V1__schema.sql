-- ctxrec schema. Runs unchanged on MariaDB 10.11 / MySQL 8 and on H2 2.3 in MySQL mode
-- (H2 ignores the ENGINE / CHARSET / COLLATE table options).
-- utf8mb4_bin: ids compare case-sensitively and sort by code point, as they do on H2.
-- Times are DATETIME(3) in UTC, written and read by the adapters as LocalDateTime.
-- MEDIUMTEXT holds up to 16 MB on MySQL (TEXT only 64 KB), on H2 it is a CLOB.
-- Load order for the foreign keys: users and products before interactions and comments.

CREATE TABLE users (
    id          VARCHAR(64)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE products (
    id            VARCHAR(64)    NOT NULL,
    name          VARCHAR(255)   NOT NULL,
    price         DECIMAL(12,2)  NOT NULL,
    discount      DOUBLE         NOT NULL DEFAULT 0,
    image_url     VARCHAR(2048)  NULL,
    category      VARCHAR(255)   NULL,
    brand         VARCHAR(255)   NULL,
    status        VARCHAR(16)    NOT NULL DEFAULT 'S1',
    view_count    BIGINT         NOT NULL DEFAULT 0,
    rating_avg    DOUBLE         NOT NULL DEFAULT 0,
    rating_count  INT            NOT NULL DEFAULT 0,
    updated_at    DATETIME(3)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_products_discount CHECK (discount >= 0 AND discount < 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX idx_products_status ON products (status);
CREATE INDEX idx_products_category ON products (category);
CREATE INDEX idx_products_brand ON products (brand);

CREATE TABLE interactions (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    user_id        VARCHAR(64)   NOT NULL,
    product_id     VARCHAR(64)   NOT NULL,
    action         VARCHAR(16)   NOT NULL,
    device_type    VARCHAR(16)   NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    context_extra  VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_interactions_action CHECK (action IN ('view', 'cart', 'purchase')),
    CONSTRAINT ck_interactions_device CHECK (device_type IN ('mobile', 'desktop', 'tablet', 'unknown'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX idx_interactions_user_time ON interactions (user_id, created_at);
CREATE INDEX idx_interactions_product ON interactions (product_id);
-- Streams every interaction in time order, page by page (InteractionHistory.forEach).
CREATE INDEX idx_interactions_time ON interactions (created_at, id);
-- Foreign keys after the indexes, so H2 reuses idx_interactions_product instead of adding its own.
ALTER TABLE interactions ADD CONSTRAINT fk_interactions_user FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE interactions ADD CONSTRAINT fk_interactions_product FOREIGN KEY (product_id) REFERENCES products (id);

CREATE TABLE comments (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    user_id     VARCHAR(64)   NOT NULL,
    product_id  VARCHAR(64)   NOT NULL,
    stars       INT           NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_comments_stars CHECK (stars BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX idx_comments_user ON comments (user_id);
CREATE INDEX idx_comments_product ON comments (product_id);
ALTER TABLE comments ADD CONSTRAINT fk_comments_user FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE comments ADD CONSTRAINT fk_comments_product FOREIGN KEY (product_id) REFERENCES products (id);

-- A cache: no foreign keys, so a list for a user not (yet) in users can be kept.
CREATE TABLE recommendations (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    user_id        VARCHAR(64)  NOT NULL,
    product_id     VARCHAR(64)  NOT NULL,
    model_name     VARCHAR(32)  NOT NULL,
    score          DOUBLE       NOT NULL,
    model_version  VARCHAR(64)  NOT NULL,
    rank_pos       INT          NOT NULL,
    reason         VARCHAR(32)  NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX idx_recommendations_user_rank ON recommendations (user_id, rank_pos);

-- A log: no foreign keys, it outlives pruned users and versions.
CREATE TABLE model_runs (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    user_id               VARCHAR(64)  NOT NULL,
    model_name            VARCHAR(32)  NOT NULL,
    model_version         VARCHAR(64)  NOT NULL,
    metrics_json          MEDIUMTEXT   NOT NULL,
    recommendations_json  MEDIUMTEXT   NOT NULL,
    created_at            DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX idx_model_runs_user_time ON model_runs (user_id, created_at);

CREATE TABLE model_versions (
    version       VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    activated_at  DATETIME(3)  NULL,
    note          MEDIUMTEXT   NULL,
    PRIMARY KEY (version),
    CONSTRAINT ck_model_versions_status
        CHECK (status IN ('TRAINING', 'READY', 'ACTIVE', 'RETIRED', 'REJECTED', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Exactly one row: switching the serving version is one UPDATE of it, inside the activation transaction.
CREATE TABLE active_model (
    id           INT          NOT NULL,
    version      VARCHAR(64)  NULL,
    switched_at  DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_active_model_single CHECK (id = 1),
    CONSTRAINT fk_active_model_version FOREIGN KEY (version) REFERENCES model_versions (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO active_model (id, version, switched_at) VALUES (1, NULL, NULL);

-- Encoders of a model version; saved before or after the version is registered, so no foreign key.
CREATE TABLE rec_user_encoder (
    model_version  VARCHAR(64)  NOT NULL,
    original_id    VARCHAR(64)  NOT NULL,
    idx            INT          NOT NULL,
    PRIMARY KEY (model_version, original_id),
    CONSTRAINT uq_rec_user_encoder_idx UNIQUE (model_version, idx)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE rec_item_encoder (
    model_version  VARCHAR(64)  NOT NULL,
    original_id    VARCHAR(64)  NOT NULL,
    idx            INT          NOT NULL,
    PRIMARY KEY (model_version, original_id),
    CONSTRAINT uq_rec_item_encoder_idx UNIQUE (model_version, idx)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE rec_context_mapping (
    model_version   VARCHAR(64)   NOT NULL,
    feature_name    VARCHAR(64)   NOT NULL,
    original_value  VARCHAR(255)  NOT NULL,
    idx             INT           NOT NULL,
    PRIMARY KEY (model_version, feature_name, original_value),
    CONSTRAINT uq_rec_context_mapping_idx UNIQUE (model_version, feature_name, idx)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE rec_context_meta (
    model_version  VARCHAR(64)  NOT NULL,
    feature_name   VARCHAR(64)  NOT NULL,
    position       INT          NOT NULL,
    PRIMARY KEY (model_version, feature_name),
    CONSTRAINT uq_rec_context_meta_position UNIQUE (model_version, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
