-- The model store in the database (ctxrec.models.store=database): every instance reads a version's files
-- from here into its local folder, so no instance needs another's disk. A version is one row, written in
-- the same transaction as all its files, so another instance sees all of them or none. A file is split
-- into chunks of at most 1 MiB (model_store_chunks), so that no row comes near MySQL's max_allowed_packet
-- (4 MiB on old servers, 16 MiB on MariaDB 10.6, 64 MiB on MySQL 8) however large the model zip is;
-- MEDIUMBLOB holds 16 MiB on MySQL (BLOB only 64 KiB) and is a BLOB on H2. sha256 is the whole file's
-- SHA-256, checked when an instance reads the version back, as checksums.sha256 is in a version folder.
-- No foreign key to model_versions: the store is written before the version is marked READY and outlives
-- nothing (pruning deletes both).

CREATE TABLE model_store_versions (
    version       VARCHAR(64)  NOT NULL,
    published_at  DATETIME(3)  NOT NULL,
    files         INT          NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    PRIMARY KEY (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE model_store_files (
    version     VARCHAR(64)   NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    chunks      INT           NOT NULL,
    PRIMARY KEY (version, file_name),
    CONSTRAINT fk_model_store_files_version FOREIGN KEY (version)
        REFERENCES model_store_versions (version) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE model_store_chunks (
    version    VARCHAR(64)   NOT NULL,
    file_name  VARCHAR(255)  NOT NULL,
    chunk      INT           NOT NULL,
    content    MEDIUMBLOB    NOT NULL,
    PRIMARY KEY (version, file_name, chunk),
    CONSTRAINT fk_model_store_chunks_file FOREIGN KEY (version, file_name)
        REFERENCES model_store_files (version, file_name) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
