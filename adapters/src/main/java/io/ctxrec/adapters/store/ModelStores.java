package io.ctxrec.adapters.store;

import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.domain.port.ModelStore;
import java.nio.file.Path;

/**
 * The model store the configuration chooses: {@code ctxrec.models.store=files} keeps the version folders
 * in {@code ctxrec.models.dir} (a directory every instance mounts, when there are several), {@code database}
 * keeps them in the database, with {@code ctxrec.models.dir} as this instance's own copies.
 */
public final class ModelStores {
    static final String STORE = "ctxrec.models.store";
    static final String DIR = "ctxrec.models.dir";

    private ModelStores() {
    }

    /** The configured store; an IllegalArgumentException names a key with a value it does not take. */
    public static ModelStore configured(CtxrecConfig config, JdbcAdapters jdbc) {
        VersionFolders folders = VersionFolders.at(folder(config));
        String kind = config.get(STORE).trim();
        return switch (kind) {
            case "files" -> folders;
            case "database" -> jdbc.modelStore(folders);
            default -> throw new IllegalArgumentException(STORE + " must be files or database, was '" + kind + "'");
        };
    }

    /** {@code ctxrec.models.dir}, or when it is empty the {@code versions} folder of {@code ctxrec.data.dir}. */
    static Path folder(CtxrecConfig config) {
        String dir = config.get(DIR).trim();
        return dir.isEmpty() ? config.getPath("ctxrec.data.dir").resolve("versions") : Path.of(dir);
    }
}
