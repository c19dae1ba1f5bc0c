package io.ctxrec.bench.reference;

import io.ctxrec.adapters.dl4j.ModelConfig;
import java.util.ArrayList;
import java.util.List;

/** ENCM: [user, item, context_0..k-1] embeddings concatenated, through an MLP, into dense(1). */
final class ReferenceEncm extends ReferenceModel {
    private final int d;
    private final Param[] tables;
    private final int[] rows;
    private final Mlp mlp;
    private final float[] x;
    private final float[] dx;

    ReferenceEncm(ModelConfig config) {
        super(config);
        this.d = config.embeddingDim();
        List<Param> list = new ArrayList<>(List.of(embedding(config.nUsers()), embedding(config.nItems())));
        for (int size : config.contextSizes()) {
            list.add(embedding(size));
        }
        this.tables = list.toArray(Param[]::new);
        this.rows = new int[tables.length];
        this.mlp = new Mlp(d * tables.length, config.hiddenDims(), true, random);
        this.x = new float[d * tables.length];
        this.dx = new float[d * tables.length];
    }

    @Override
    void addParams(List<Param> list) {
        list.addAll(List.of(tables));
        mlp.addParams(list);
    }

    @Override
    float logit(int user, int item, int[] context) {
        rows[0] = user;
        rows[1] = item;
        System.arraycopy(context, 0, rows, 2, tables.length - 2);
        for (int t = 0; t < tables.length; t++) {
            System.arraycopy(tables[t].w, rows[t] * d, x, t * d, d);
        }
        return mlp.forward(x)[0];
    }

    @Override
    void backward(float dz) {
        mlp.topGradient()[0] = dz;
        mlp.backward(x, dx);
        for (int t = 0; t < tables.length; t++) {
            int o = tables[t].row(rows[t]);
            for (int k = 0; k < d; k++) {
                tables[t].g[o + k] += dx[t * d + k];
            }
        }
    }
}
